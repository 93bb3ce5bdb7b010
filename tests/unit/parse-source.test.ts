import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseSource } from '../../scripts/lib/parse-source.ts';
import type { SourceEntry } from '../../scripts/lib/schema.ts';
import { errorOf, expectNoLoss, ROOT } from './helpers.ts';

const sources = parse(readFileSync(join(ROOT, 'content/sources.yaml'), 'utf8')) as SourceEntry[];
const read = (s: SourceEntry) => readFileSync(join(ROOT, 'content/sources', s.file), 'utf8');
const parseEntry = (s: SourceEntry) => parseSource(read(s), { file: s.file, declaredPreamble: s.preamble });

// Line of each question's heading, read off the files by hand: the parser must find exactly these.
const HEADING_LINES: Record<string, number[]> = {
  a: [14, 18, 22, 26, 30, 36, 40, 44, 48, 52, 56, 60, 64, 68, 72, 76, 80, 88, 92, 96, 100, 110, 120, 124, 135, 145, 151, 163, 169, 175, 191, 203, 211, 219, 230, 238, 244, 253, 263, 271, 283, 287, 293, 301, 307, 317, 326, 336, 348, 356],
  b: [1, 9, 15, 21, 27, 35, 43, 51, 60, 71, 79, 85, 97, 126, 136, 146, 152, 163, 169, 179, 189, 200, 211, 217, 231, 241, 247, 253, 259, 265, 293, 305, 315, 325, 338, 349, 357, 370, 380, 386, 392, 398, 408, 416, 424, 434, 442, 452, 462, 468],
  c: [3, 29, 47, 72, 95, 124, 155, 190, 226, 253, 279, 307, 333, 373, 414, 432, 457, 489, 523, 545, 574, 599, 629, 649, 683, 709, 730, 748, 776, 803, 831, 860, 886, 908, 933, 968, 999, 1012, 1039, 1064, 1087, 1109, 1138, 1162, 1192, 1217, 1234, 1258, 1281, 1300],
  d: [1, 10, 28, 55, 59, 63, 67, 71, 75, 79, 83, 87, 91, 95, 108, 112, 116, 120, 124, 128, 144, 148, 157, 161, 165, 169, 173, 177, 181, 185, 189, 193, 197, 201, 205, 209, 218, 222, 226, 230, 234, 239, 248, 262, 266, 283, 298, 318, 322, 326],
  e: [2, 8, 14, 26, 38, 47, 53, 59, 69, 81, 92, 106, 111, 128, 138, 148, 154, 164, 180, 188, 198, 210, 222, 228, 238, 248, 254, 267, 281, 290, 310, 324, 334, 344, 360, 370, 378, 386, 396, 404, 412, 420, 432, 438, 446, 456, 462, 472, 478, 488],
};

describe.each(sources)('source $id ($file)', (source) => {
  const parsed = parseEntry(source);

  it('yields answers 1..50 in order at the expected heading lines', () => {
    expect(parsed.sections.map((a) => a.number)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(parsed.sections.map((a) => a.headingLines[0])).toEqual(HEADING_LINES[source.id]);
  });

  it('loses no text: every non-whitespace character is in exactly one heading, answer or declared preamble', () => {
    expectNoLoss(read(source), parsed);
  });
});

describe('parse errors name the file and line', () => {
  const cases: Array<{ name: string; text: string; message: string; preamble?: [number, number] }> = [
    {
      name: 'a missing heading in a numbered sequence',
      text: '1. First?\n\nAnswer one.\n\n3. Third?\n\nAnswer three.\n',
      message:
        'broken.txt:5: line 5 starts "3" but the heading before it is "1" (line 1): numbered headings count up by one, so heading 2 is missing; a source that skips questions numbers its answers 1, 2, 3 … and maps them with "map:", or uses headings such as "Question 3: …"',
    },
    {
      name: 'no heading at all',
      text: 'Just some prose.\n\nAnd more prose.\n',
      message: 'broken.txt:1: found no answer heading; expected lines such as "1. …", "1) …", "## 1. …", "Question 1: …", or a heading pattern in content/sources.yaml',
    },
    {
      name: 'undeclared text before the first heading',
      text: 'Scraped header\n\n1. First?\n\nA.\n\n2. Second?\n\nB.\n\n3. Third?\n\nC.\n',
      message: 'broken.txt:1: text before the first answer heading (lines 1-1) is not declared as front matter; add "preamble: [1, 1]" to this source in content/sources.yaml if it is not an answer',
    },
    {
      name: 'an empty answer',
      text: '1. First?\n\nA.\n\n2. Second?\n\n\n3. Third?\n\nC.\n',
      message:
        'broken.txt:5: found no heading "2. " after "1" (line 1); line 5 starts "2" but directly follows other numbered lines, so it reads as an item of a numbered list (is the answer before it missing?)',
    },
    {
      name: 'an empty answer under a labelled heading',
      text: 'Question 1: First?\n\nA.\n\nQuestion 2: Second?\n\n\nQuestion 3: Third?\n\nC.\n',
      message: 'broken.txt:5: the answer under heading "Question 2: Second?" has no text',
    },
    {
      name: 'a bold heading that never closes',
      text: '**1. First?**\n\nA.\n\n**2. Second?\n\nB.\n\nmore\n\nstill more\n\n**3. Third?**\n\nC.\n',
      message: 'broken.txt:5: heading "2. Second?" opens "**" but never closes it',
    },
  ];
  it.each(cases)('$name', ({ text, message, preamble }) => {
    expect(errorOf(() => parseSource(text, { file: 'broken.txt', declaredPreamble: preamble }))).toBe(message);
  });

  it('reads a question list before the answers as declared preamble, and numbered lists inside answers as lists', () => {
    const text = '- 1. First?**\n- 2. Second?**\n\n1. First\n\nSteps:\n1. one\n2. two\n\n2. Second\n\nB.\n';
    const parsed = parseSource(text, { file: 'x.txt', declaredPreamble: [1, 2] });
    expect(parsed.preamble?.lines).toEqual([1, 2]);
    expect(parsed.sections.map((a) => [a.heading, a.headingLines[0]])).toEqual([
      ['1. First', 4],
      ['2. Second', 10],
    ]);
  });

  it('reads question numbers of any length (a handbook may grow past 999 questions)', () => {
    const text = Array.from({ length: 1200 }, (_, i) => `${i + 1}. Question ${i + 1}?\n\nAnswer ${i + 1}.\n`).join('\n');
    const parsed = parseSource(text, { file: 'big.txt' });
    expect(parsed.sections.at(-1)).toMatchObject({ number: 1200, heading: '1200. Question 1200?', body: '\nAnswer 1200.' });
  });

  it('joins a bold heading split over several lines', () => {
    const parsed = parseSource('**1. Can you explain the\n\n role of attention?**\n\nA.\n', { file: 'x.txt' });
    expect(parsed.sections[0]).toMatchObject({ heading: '1. Can you explain the role of attention?', headingLines: [1, 3], bodyStartLine: 4 });
  });
});

describe('fenced code is never a heading', () => {
  const cases: Array<{ name: string; text: string; headings: Array<[string, number]>; skipped: string[] }> = [
    {
      name: 'a Markdown heading line inside code, in a source of Markdown headings',
      text: '## 1. First\n\nIn Markdown:\n\n```markdown\n## 2. Not a heading\n```\n\n## 2. Second\n\nB.\n',
      headings: [['1. First', 1], ['2. Second', 9]],
      skipped: ['line 6: "2" is inside a code block (lines 5-7)'],
    },
    {
      name: 'a numbered line inside code, in a source of numbered headings',
      text: '1. First\n\n~~~python\n2. x = 1\n~~~\n\n2. Second\n\nB.\n',
      headings: [['1. First', 1], ['2. Second', 7]],
      skipped: ['line 4: "2" is inside a code block (lines 3-5)'],
    },
    {
      name: 'a Markdown heading inside code does not make a numbered source one of Markdown headings',
      text: '1. First\n\n```md\n## 5. x\n```\n\n2. Second\n\nB.\n',
      headings: [['1. First', 1], ['2. Second', 7]],
      skipped: [],
    },
    {
      name: 'a fence that never closes hides no heading after it: it ends with its answer',
      text: '## 1. First\n\n```python\nx = 1\n\n## 2. Second\n\nB.\n',
      headings: [['1. First', 1], ['2. Second', 6]],
      skipped: [],
    },
  ];
  it.each(cases)('$name', ({ text, headings, skipped }) => {
    const parsed = parseSource(text, { file: 'x.txt' });
    expect(parsed.sections.map((a) => [a.heading, a.headingLines[0]])).toEqual(headings);
    expect(parsed.skipped.map((s) => `line ${s.line}: ${s.reason}`)).toEqual(skipped);
    expectNoLoss(text, parsed);
  });
});
