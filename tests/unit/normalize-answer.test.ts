import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { inlineRuns, renderBlocks } from '../../scripts/lib/render-blocks.ts';
import { answerFrom, FIXTURES, ROOT } from './helpers.ts';

interface Case {
  name: string;
  body: string;
  markdown: string;
  repairs: string[];
  truncated: boolean;
}
const cases = parse(readFileSync(join(FIXTURES, 'normalize/cases.yaml'), 'utf8')) as Case[];

describe('normalizeAnswer', () => {
  it.each(cases)('$name', ({ body, markdown, repairs, truncated }) => {
    const answer = answerFrom(body);
    expect(renderBlocks(answer.blocks, (part) => part.text)).toBe(markdown);
    expect(answer.repairs.map((r) => r.rule)).toEqual(repairs);
    expect(answer.truncated).toBe(truncated);
  });

  it('every repair note names the source line it changed', () => {
    for (const { body } of cases) {
      for (const repair of answerFrom(body).repairs) expect(repair.message).toMatch(/lines? \d+/);
    }
  });
});

describe('normalization keeps every word of the real sources', () => {
  const content = loadContent(ROOT);
  const words = (s: string) => s.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  it.each(content.sources.map((s) => s.id))('source %s: words dropped are only those a repair note names', (id) => {
    const dropped: string[] = [];
    for (const question of content.questions) {
      const answer = question.answers.find((a) => a.source === id)!;
      const kept = new Map<string, number>();
      for (const w of inlineRuns(answer.blocks).flatMap((r) => words(r.text))) kept.set(w, (kept.get(w) ?? 0) + 1);
      // A repair quotes what it removed; glued debris ("analysisOpens") is matched without spaces.
      const explained = answer.repairs.map((r) => r.message).join('').replace(/\s+/g, '');
      for (const w of words(answer.body)) {
        const left = kept.get(w) ?? 0;
        if (left > 0) kept.set(w, left - 1);
        else if (!explained.includes(w) && !answer.repairs.some((r) => r.rule === 'table-merge')) dropped.push(`q${question.entry.n}: ${w}`);
      }
    }
    expect(dropped).toEqual([]);
  });
});
