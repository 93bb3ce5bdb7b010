import { describe, expect, it } from 'vitest';
import { unmarkedWords } from '../../src/lib/search/unmarked-words.ts';

describe('unmarkedWords', () => {
  it.each([
    // Every word marked as typed: nothing to ask the index.
    ['anchor boxes', ['<mark>Anchor</mark> <mark>boxes</mark> are priors'], []],
    ['Anchor Boxes', ['<mark>anchor</mark> and <mark>boxes</mark>'], []],
    // Marked in another result's excerpt counts too.
    ['anchor boxes', ['<mark>anchor</mark> sizes', 'the <mark>boxes</mark>'], []],
    // A word marked only as its stem ("box" for "boxes") is looked up; so is one no excerpt marks.
    ['anchor boxes', ['<mark>anchor</mark> <mark>box</mark>'], ['boxes']],
    ['boxes anchor', ['<mark>anchor</mark> <mark>box</mark>'], ['boxes']],
    ['attension mechanism', ['attention <mark>mechanism</mark>'], ['attension']],
    // The last word counts as found when a mark starts with it: it may be unfinished, or matched by a shorter start.
    ['knowledge distilla', ['<mark>knowledge</mark> <mark>distillation</mark>'], []],
    ['interpetability', ['<mark>inter</mark>pretation'], ['interpetability']],
    ['mechanism attens', ['<mark>mechanism</mark>'], ['attens']],
    // Punctuation around a word is not part of it; hyphenated words stay whole.
    ['(u-net),', ['the <mark>u-net</mark>'], []],
    ['mask r-cnn', ['<mark>mask</mark> r-cnn'], ['r-cnn']],
    ['', [], []],
  ])('%j with %j -> %j', (query, excerpts, expected) => {
    expect(unmarkedWords(query, excerpts)).toEqual(expected);
  });
});
