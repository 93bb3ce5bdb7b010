import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSearchSynonyms } from '../../scripts/lib/search-synonyms.ts';
import { errorOf, FIXTURES, ROOT } from './helpers.ts';

// Each fixture's first line says what validating it must print: "# expect: ok" or "# expect: <message>"
// (several problems are reported together, one per line; a message ending in ": " is a prefix).
const dir = join(FIXTURES, 'search-synonyms');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

describe('content/search-synonyms.yaml validation', () => {
  it.each(fixtures)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const expected = /^# expect: (.*)$/m.exec(text)![1]!;
    if (expected === 'ok') {
      expect(parseSearchSynonyms(file, text).groups).toEqual([['NMS', 'non-maximum suppression'], ['U-Net', 'unet']]);
      return;
    }
    const first = errorOf(() => parseSearchSynonyms(file, text)).split('\n')[0]!;
    if (expected.endsWith(': ')) expect(first.startsWith(expected)).toBe(true);
    else expect(first).toBe(expected);
  });

  it('reports every problem at once', () => {
    const text = readFileSync(join(dir, 'several-problems.yaml'), 'utf8');
    expect(errorOf(() => parseSearchSynonyms('several-problems.yaml', text)).split('\n')).toHaveLength(2);
  });

  it('accepts the handbook’s own file', () => {
    const file = 'content/search-synonyms.yaml';
    expect(parseSearchSynonyms(file, readFileSync(join(ROOT, file), 'utf8')).groups.length).toBeGreaterThan(20);
  });
});
