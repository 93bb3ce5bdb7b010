// pagefind.yml, the one statement of how Pagefind indexes the site, read for Pagefind's Node API (which the
// build uses) the way Pagefind's command line reads it. Options that only make sense on the command line, or
// that the build does not pass on, are refused with their line rather than silently dropped.
import type { PagefindServiceConfig } from 'pagefind';
import { z } from 'zod';
import { parseYamlFile } from './yaml-file.ts';

const configSchema = z
  .object({
    glob: z.string().optional(),
    root_selector: z.string().optional(),
    exclude_selectors: z.array(z.string()).optional(),
    force_language: z.string().optional(),
    keep_index_url: z.boolean().optional(),
    include_characters: z.string().optional(),
  })
  .strict();

export interface PagefindConfig {
  /** createIndex's options. */
  service: PagefindServiceConfig;
  /** Which files of the site addDirectory indexes; Pagefind's default (every HTML file) when absent. */
  glob?: string;
}

export function parsePagefindConfig(file: string, text: string): PagefindConfig {
  const { data } = parseYamlFile(file, text, configSchema.nullable());
  const { glob, root_selector, exclude_selectors, force_language, keep_index_url, include_characters } = data ?? {};
  const service: PagefindServiceConfig = {
    rootSelector: root_selector,
    excludeSelectors: exclude_selectors,
    forceLanguage: force_language,
    keepIndexUrl: keep_index_url,
    includeCharacters: include_characters,
  };
  // Absent options stay absent, so that Pagefind applies its own defaults.
  return { service: Object.fromEntries(Object.entries(service).filter(([, value]) => value !== undefined)), glob };
}
