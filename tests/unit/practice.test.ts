import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boxCounts, dayOf, dueCards, emptyProgress, review, shuffle, type CardState } from '../../src/lib/leitner.ts';
import { parseProgress } from '../../src/lib/progress-file.ts';

const TODAY = 20_000;

describe('review (Leitner boxes)', () => {
  it.each<[string, CardState | undefined, boolean, CardState]>([
    ['a new card known goes to box 1, due tomorrow', undefined, true, { box: 1, due: TODAY + 1 }],
    ['box 1 known goes to box 2, due in 2 days', { box: 1, due: TODAY }, true, { box: 2, due: TODAY + 2 }],
    ['box 4 known goes to box 5, due in 16 days', { box: 4, due: TODAY }, true, { box: 5, due: TODAY + 16 }],
    ['box 5 known stays in box 5', { box: 5, due: TODAY }, true, { box: 5, due: TODAY + 16 }],
    ['a new card missed goes to box 1, due today', undefined, false, { box: 1, due: TODAY }],
    ['box 4 missed falls back to box 1, due today', { box: 4, due: TODAY }, false, { box: 1, due: TODAY }],
  ])('%s', (_name, state, knew, expected) => {
    expect(review(state, knew, TODAY)).toEqual(expected);
  });
});

describe('dueCards', () => {
  const progress = { version: 1 as const, cards: { '1': { box: 2, due: TODAY + 1 }, '2': { box: 1, due: TODAY }, '3': { box: 3, due: TODAY - 2 } } };
  it('keeps new cards and cards due today or earlier, and leaves out cards due later', () => {
    expect(dueCards([1, 2, 3, 4], progress, TODAY, Math.random).sort()).toEqual([2, 3, 4]);
  });
  it('shuffles with the random source it is given', () => {
    expect(dueCards([2, 3, 4], progress, TODAY, () => 0)).toEqual([3, 4, 2]);
    expect(dueCards([2, 3, 4], progress, TODAY, () => 0.999)).toEqual([2, 3, 4]);
  });
});

describe('shuffle', () => {
  it('returns every item once and leaves its input alone', () => {
    const input = Array.from({ length: 50 }, (_, i) => i);
    const output = shuffle(input, Math.random);
    expect([...output].sort((a, b) => a - b)).toEqual(input);
    expect(input).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });
});

describe('boxCounts and dayOf', () => {
  it('counts cards per box, never-answered first', () => {
    expect(boxCounts([1, 2, 3], { version: 1, cards: { '1': { box: 2, due: 0 } } })).toEqual([2, 0, 1, 0, 0, 0]);
    expect(boxCounts([], emptyProgress())).toEqual([0, 0, 0, 0, 0, 0]);
  });
  it('counts days in local time', () => {
    const morning = new Date(2026, 10, 29, 0, 30);
    const night = new Date(2026, 10, 29, 23, 30);
    expect(dayOf(night)).toBe(dayOf(morning));
    expect(dayOf(new Date(2026, 10, 30, 0, 30))).toBe(dayOf(morning) + 1);
  });
});

describe('parseProgress', () => {
  const fixture = (name: string) => readFileSync(`tests/fixtures/progress/${name}`, 'utf8');
  it.each([
    ['valid.json', { version: 1, cards: { '23': { box: 2, due: 20500 }, '4': { box: 5, due: 20510 } } }],
    ['empty.json', { version: 1, cards: {} }],
  ])('accepts %s', (name, expected) => {
    expect(parseProgress(fixture(name))).toEqual({ ok: true, progress: expected });
  });
  it.each([
    ['truncated.json', /^This is not a JSON file \(/],
    ['not-json.csv', /^This is not a JSON file \(/],
    ['other-json.json', /^This is not a practice progress file/],
    ['future-version.json', /^This is not a practice progress file/],
    [
      'bad-cards.json',
      // Object keys that are numbers come first, in order.
      /^This progress file has problems: question 5: "due" must be .*; question 6: expected an object .*; question 23: "box" must be a whole number from 1 to 5; and 1 more\.$/,
    ],
  ])('rejects %s with a clear message', (name, message) => {
    const parsed = parseProgress(fixture(name));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});
