// The not-found page's guesses: words and short-link numbers read from an address, and the closest
// questions of the real handbook by title.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { closeness, guessFromPath, nearestQuestions, type TitledQuestion } from '../../src/lib/nearest-questions.ts';
import { FIXTURES, ROOT } from './helpers.ts';

interface Case {
  path: string;
  words: string[];
  number?: number;
  first: string | null;
}

const cases: Case[] = parse(readFileSync(join(FIXTURES, 'nearest', 'cases.yaml'), 'utf8'));
const questions: TitledQuestion[] = parse(readFileSync(join(ROOT, 'content', 'questions.yaml'), 'utf8'));

describe('an address the site does not have', () => {
  test.each(cases)('$path', ({ path, words, number, first }) => {
    const guess = guessFromPath(path);
    expect(guess.words).toEqual(words);
    expect(guess.number).toEqual(number);
    expect(nearestQuestions(guess.words, questions)[0]?.slug ?? null).toEqual(first);
  });
});

test('closer spellings rank higher, and a question never ranks above one with the same words spelt right', () => {
  const anchor = questions.find((q) => q.slug === 'anchor-boxes')!;
  expect(closeness(['anchor', 'boxes'], anchor)).toBe(1);
  expect(closeness(['anchr', 'boxes'], anchor)).toBeLessThan(1);
  expect(closeness(['anchr', 'boxes'], anchor)).toBeGreaterThan(closeness(['anhr', 'bxes'], anchor));
  expect(nearestQuestions([], questions)).toEqual([]);
  expect(nearestQuestions(['network'], questions, 3)).toHaveLength(3);
});
