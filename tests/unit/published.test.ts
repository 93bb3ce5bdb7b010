import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { publishedBy } from '../../scripts/lib/published.ts';
import { FIXTURES, ROOT } from './helpers.ts';

/** What a page published, as yaml reads its front matter: what publishedBy must give, however it reads it. */
function asYamlReadsIt(page: string): ReturnType<typeof publishedBy> {
  const match = /^---\n([\s\S]*?)\n---/.exec(page);
  if (!match) return undefined;
  try {
    const data = parse(match[1]!) as Record<string, never>;
    if (typeof data.n !== 'number') return undefined;
    return { n: data.n, published: { corrections: data.corrections ?? [], key_points: data.key_points ?? [], disagreements: data.disagreements ?? [] } };
  } catch {
    return undefined;
  }
}

const pages = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);

describe('publishedBy', () => {
  it.each(pages(join(ROOT, 'content', 'questions')))('reads %s as yaml does', (_file, page) => {
    expect(publishedBy(page)).toEqual(asYamlReadsIt(page));
  });

  it.each(pages(join(FIXTURES, 'published')))('reads %s (converted, edited by hand or damaged) as yaml does', (_file, page) => {
    expect(publishedBy(page)).toEqual(asYamlReadsIt(page));
  });

  it('tells a damaged page from a page that published something', () => {
    const read = Object.fromEntries(pages(join(FIXTURES, 'published')).map(([file, page]) => [file, publishedBy(page)]));
    expect(read['as-converted.mdx']?.published.corrections).toEqual([{ id: 2, source: 'a', kind: 'factual', quote: 'the quote', note: 'Two lines\nof note.', refs: ['smith-2020'] }]);
    expect(read['hand-edited-style.mdx']?.published.corrections[0]?.id).toBe(2);
    for (const damaged of ['duplicate-key.mdx', 'invalid-yaml.mdx', 'no-number.mdx', 'tab-indented.mdx']) expect(read[damaged]).toBeUndefined();
  });
});
