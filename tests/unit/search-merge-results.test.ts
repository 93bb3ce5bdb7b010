import { describe, expect, it } from 'vitest';
import { mergeResults } from '../../src/lib/search/merge-results.ts';

const page = (id: string, score: number) => ({ id, score });

describe('mergeResults', () => {
  it.each([
    ['one search stays in its order', [[page('a', 3), page('b', 2), page('c', 1)]], ['a:3', 'b:2', 'c:1']],
    ['pages of several searches are ranked together', [[page('a', 3), page('c', 1)], [page('b', 2)]], ['a:3', 'b:2', 'c:1']],
    ['a page found twice keeps its best score', [[page('a', 1), page('b', 2)], [page('a', 5)]], ['a:5', 'b:2']],
    ['a lower second score does not replace the first', [[page('a', 5)], [page('a', 1)]], ['a:5']],
    ['no searches, no pages', [], []],
  ])('%s', (_, searches, expected) => {
    expect(mergeResults(searches).map(({ id, score }) => `${id}:${score}`)).toEqual(expected);
  });
});
