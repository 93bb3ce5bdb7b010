// Reads what the committed pages published, so an id of a correction, key point or disagreement is never
// given to another claim.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { parse } from 'yaml';
import type { Published } from './editorial.ts';
import { frontmatterYaml, type YamlMap } from './frontmatter-yaml.ts';

export function readPublished(questionsDir: string): Map<number, Published> {
  const published = new Map<number, Published>();
  if (!existsSync(questionsDir)) return published;
  for (const file of readdirSync(questionsDir).filter((f) => f.endsWith('.mdx'))) {
    const page = publishedBy(readFileSync(join(questionsDir, file), 'utf8'));
    if (page) published.set(page.n, page.published);
  }
  return published;
}

/** The question a generated page is for and what it published; undefined for a page that is not one. */
export function publishedBy(page: string): { n: number; published: Published } | undefined {
  const match = /^---\n([\s\S]*?)\n---/.exec(page);
  if (!match) return undefined;
  try {
    const data = frontmatterData(match[1]!) as { n?: number } & Partial<Published>;
    if (typeof data.n !== 'number') return undefined;
    return { n: data.n, published: { corrections: data.corrections ?? [], key_points: data.key_points ?? [], disagreements: data.disagreements ?? [] } };
  } catch {
    // A hand-damaged generated page is simply regenerated; it published nothing we can trust.
    return undefined;
  }
}

/**
 * What yaml reads in a page's front matter. js-yaml reads it ten times faster; its reading is taken when writing it
 * back gives the very same text, as for every page convert wrote: yaml reads what it wrote as that data. A page
 * edited by hand is read by yaml.
 */
function frontmatterData(text: string): unknown {
  try {
    const data = load(text, { schema: CORE_SCHEMA });
    if (typeof data === 'object' && data !== null && !Array.isArray(data) && frontmatterYaml(data as YamlMap) === `${text}\n`) return data;
  } catch {
    // Not for js-yaml: yaml decides.
  }
  return parse(text);
}
