import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { customFormat } from '../../scripts/lib/heading-formats.ts';
import { parseSource } from '../../scripts/lib/parse-source.ts';
import { expectNoLoss, FIXTURES } from './helpers.ts';

interface Case {
  file: string;
  format: string;
  heading?: string;
  preamble?: [number, number];
  headings: Array<[number, number, string]>;
}
const dir = join(FIXTURES, 'heading-formats');
const cases = parse(readFileSync(join(dir, 'cases.yaml'), 'utf8')) as Case[];

describe.each(cases)('heading format of $file', (c) => {
  const text = readFileSync(join(dir, c.file), 'utf8');
  const heading = c.heading === undefined ? undefined : customFormat(c.heading);
  if (typeof heading === 'string') throw new Error(heading);
  const parsed = parseSource(text, { file: c.file, declaredPreamble: c.preamble, heading });

  it('finds every heading, in file order, with its number and wording', () => {
    expect(parsed.format).toBe(c.format);
    expect(parsed.sections.map((s) => [s.number, s.headingLines[0], s.questionText])).toEqual(c.headings);
  });

  it('loses no text', () => expectNoLoss(text, parsed));
});

describe('a source\'s own heading pattern', () => {
  it.each([
    ['^Q(?<num>\\d+)', 'heading pattern "^Q(?<num>\\d+)" has no named group "n" for the answer\'s number, e.g. "^Q(?<n>\\d+) - "'],
    ['^Q(?<n>\\d+', 'heading is not a valid regular expression: Invalid regular expression: /^Q(?<n>\\d+/: Unterminated group'],
  ])('%s is rejected with a reason', (pattern, reason) => {
    expect(customFormat(pattern)).toBe(reason);
  });
});
