// Reads what the committed pages published, so a correction id is never given to another quote.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { PublishedCorrection } from './editorial.ts';

export function readPublished(questionsDir: string): Map<number, PublishedCorrection[]> {
  const published = new Map<number, PublishedCorrection[]>();
  if (!existsSync(questionsDir)) return published;
  for (const file of readdirSync(questionsDir).filter((f) => f.endsWith('.mdx'))) {
    const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(questionsDir, file), 'utf8'));
    if (!match) continue;
    try {
      const data = parse(match[1]!) as { n?: number; corrections?: PublishedCorrection[] };
      if (typeof data.n === 'number') published.set(data.n, data.corrections ?? []);
    } catch {
      // A hand-damaged generated page is simply regenerated; it published nothing we can trust.
    }
  }
  return published;
}
