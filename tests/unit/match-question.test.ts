import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { stringSimilarity } from 'string-similarity-js';
import { assignQuestions } from '../../scripts/lib/assign-questions.ts';
import { BigramIndex } from '../../scripts/lib/bigram-similarity.ts';
import { matchQuestion } from '../../scripts/lib/match-question.ts';
import { parseSource, type SourceSection } from '../../scripts/lib/parse-source.ts';
import type { QuestionEntry, SourceEntry } from '../../scripts/lib/schema.ts';
import { errorOf, FIXTURES, ROOT } from './helpers.ts';

const questions = parse(readFileSync(join(ROOT, 'content/questions.yaml'), 'utf8')) as QuestionEntry[];
const sources = parse(readFileSync(join(ROOT, 'content/sources.yaml'), 'utf8')) as SourceEntry[];
const title = (n: number) => questions.find((q) => q.n === n)!.title;

// The handbook's near-duplicate questions: matching may never pick one of a group when it could be another.
const NEAR_DUPLICATES = [[3, 18, 48], [10, 27], [11, 28], [13, 30], [17, 35, 47], [6, 22], [8, 25], [9, 26]];

describe('by-text matching', () => {
  it.each(sources)('never assigns a heading of source $id to the wrong question', (source) => {
    const text = readFileSync(join(ROOT, 'content/sources', source.file), 'utf8');
    const { sections } = parseSource(text, { file: source.file, declaredPreamble: source.preamble });
    const results = sections.map((s) => ({ number: s.number, match: matchQuestion(s.questionText, questions) }));
    const wrong = results.filter((r) => r.match.ok && r.match.n !== r.number);
    expect(wrong).toEqual([]);
    // Headings that repeat the question's wording are matched; short titles ("Image embedding") are refused.
    for (const r of results.filter((r) => r.match.ok === false)) expect(sections.find((s) => s.number === r.number)!.questionText.length).toBeLessThan(50);
  });

  it.each(NEAR_DUPLICATES.flat())('matches question %i by its own wording, however close its near-duplicates are', (n) => {
    expect(matchQuestion(title(n), questions)).toMatchObject({ ok: true, n });
  });

  it.each([
    ['Explain the concept of transfer learning in CNN model development.', [18, 48]],
    ['Transfer learning in CNNs', [3, 18, 48]],
    ['Describe the concept of image embedding and its applications.', [9, 26]],
    ['Compare PyTorch and TensorFlow for CNN development.', [13, 30]],
    ['How are CNNs used for optical character recognition (OCR)?', [8, 25]],
    ['Describe the concept of object tracking in computer vision.', [6, 22]],
    ['Explain the concept of model quantization in CNN models.', [11, 28]],
    ['What are the benefits of model distillation in CNNs?', [10, 27]],
    ['Techniques for handling class imbalance in CNNs', [17, 35, 47]],
  ])('refuses "%s", which could be any of %j', (wording, group) => {
    const match = matchQuestion(wording, questions);
    expect(match.ok).toBe(false);
    expect(group).toContain(match.nearest[0]!.n);
  });
});

describe('similarity through the index of bigrams', () => {
  const fixture = parse(readFileSync(join(FIXTURES, 'handbook/content/questions.yaml'), 'utf8')) as QuestionEntry[];
  it.each([
    ['the handbook', questions.map((q) => q.title)],
    ['the fixture handbook', fixture.map((q) => q.title)],
    ['short, repeated and non-Latin wordings', ['', 'a', 'ab', 'abab ab', 'ééé é', 'i̇stanbul', '😀😀x', 'привет мир']],
  ])('gives %s every score string-similarity-js gives', (_, titles) => {
    // string-similarity-js lowers the case itself; the index is given text already lowered (match-question.ts).
    const lowered = titles.map((t) => t.toLowerCase());
    const index = new BigramIndex(lowered);
    for (const text of [...lowered, 'transfer learning in cnns', 'x']) expect(index.similarities(text)).toEqual(lowered.map((t) => stringSimilarity(text, t)));
  });
});

const section = (number: number, heading: string, line: number): SourceSection => ({
  number,
  heading: `${number}. ${heading}`,
  questionText: heading,
  headingLines: [line, line],
  lines: [line, line + 2],
  body: 'An answer.',
  bodyStartLine: line + 1,
});

describe('assigning answers to questions', () => {
  const context = (source: Partial<Pick<SourceEntry, 'questions' | 'map'>>) => ({ file: 'expert.txt', source: { questions: 'by-text' as const, map: {}, ...source }, questions });

  it('fails on an ambiguous heading with file:line, the heading and the three nearest questions with scores', () => {
    expect(errorOf(() => assignQuestions([section(1, 'Transfer learning in CNNs', 4)], context({})))).toBe(
      'expert.txt:4: heading "1. Transfer learning in CNNs" matches no question well enough (best score 0.48, needs 0.9); nearest questions: ' +
        `3 (0.48) "${title(3)}"; 18 (0.44) "${title(18)}"; 48 (0.44) "${title(48)}"; add "map: {1: <question n>}" to this source in content/sources.yaml`,
    );
  });

  it('lets a map entry override one heading, and matches the others by wording', () => {
    const assigned = assignQuestions([section(1, 'Transfer learning in CNNs', 1), section(2, title(25), 5)], context({ map: { '1': 48 } }));
    expect(assigned.map((a) => [a.n, a.why])).toEqual([
      [48, 'map 1: 48 in sources.yaml'],
      [25, expect.stringMatching(/^its wording \(score 1\.00; next: 8 \(0\.88\)/)],
    ]);
  });

  it('names both lines when a source answers the same question twice', () => {
    expect(errorOf(() => assignQuestions([section(4, 'A', 1), section(7, 'B', 9)], context({ questions: 'by-number', map: { '7': 4 } })))).toBe(
      'expert.txt:9: question 4 is answered twice in this source: line 1 ("4. A") and line 9 ("7. B")',
    );
  });

  it('refuses a number that is not a question', () => {
    expect(errorOf(() => assignQuestions([section(51, 'Extra', 3)], context({ questions: 'by-number' })))).toBe(
      'expert.txt:3: heading "51. Extra" is numbered 51, but questions.yaml has no question 51; map it with "map: {51: <question n>}" or match wording with "questions: by-text"',
    );
  });
});
