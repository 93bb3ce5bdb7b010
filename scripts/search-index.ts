// Pagefind's index of the built site, written through Pagefind's Node API with the options of pagefind.yml:
// a step of `astro build` (src/lib/publish-integration.mjs), so that the build is one process. The index is
// the one `npx pagefind --site dist` writes from the same pagefind.yml.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { close, createIndex } from 'pagefind';
import { parsePagefindConfig } from './lib/pagefind-config.ts';

/** Indexes `dist` into dist/pagefind/; says how many pages. Throws Pagefind's errors. */
export async function writeSearchIndex(dist: string, configFile: string): Promise<string> {
  const { service, glob } = parsePagefindConfig(relative(process.cwd(), configFile) || configFile, readFileSync(configFile, 'utf8'));
  const failIf = (errors: string[]) => {
    if (errors.length > 0) throw new Error(`pagefind: ${errors.join('\n')}`);
  };
  try {
    const { index, errors } = await createIndex(service);
    failIf(errors);
    const added = await index!.addDirectory({ path: dist, ...(glob && { glob }) });
    failIf(added.errors);
    failIf((await index!.writeFiles({ outputPath: join(dist, 'pagefind') })).errors);
    return `${added.page_count} pages indexed`;
  } finally {
    await close();
  }
}
