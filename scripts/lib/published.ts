// Reads what the committed pages published, so an id of a correction, key point or disagreement is never
// given to another claim.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Published } from './editorial.ts';

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
    const data = parse(match[1]!) as { n?: number } & Partial<Published>;
    if (typeof data.n !== 'number') return undefined;
    return { n: data.n, published: { corrections: data.corrections ?? [], key_points: data.key_points ?? [], disagreements: data.disagreements ?? [] } };
  } catch {
    // A hand-damaged generated page is simply regenerated; it published nothing we can trust.
    return undefined;
  }
}
