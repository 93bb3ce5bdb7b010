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
    const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(questionsDir, file), 'utf8'));
    if (!match) continue;
    try {
      const data = parse(match[1]!) as { n?: number } & Partial<Published>;
      if (typeof data.n === 'number') {
        published.set(data.n, { corrections: data.corrections ?? [], key_points: data.key_points ?? [], disagreements: data.disagreements ?? [] });
      }
    } catch {
      // A hand-damaged generated page is simply regenerated; it published nothing we can trust.
    }
  }
  return published;
}
