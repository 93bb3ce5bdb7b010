import { describe, expect, it } from 'vitest';
import { prefixIds, unnameSections } from '../../src/lib/prefix-ids.ts';

describe('prefixIds', () => {
  it.each([
    ['<h2 id="key-points">Key points</h2>', '<h2 id="q7-key-points">Key points</h2>'],
    ['<section aria-labelledby="source-a">', '<section aria-labelledby="q7-source-a">'],
    ['<div aria-describedby="a b">', '<div aria-describedby="q7-a q7-b">'],
    ['<a href="#correction-2">1</a>', '<a href="#q7-correction-2">1</a>'],
    ['<button data-copy-anchor="source-b">', '<button data-copy-anchor="q7-source-b">'],
    ['<label for="x">', '<label for="q7-x">'],
    // Links out of the body, and text that only looks like an attribute (rendered text escapes its quotes), stay.
    ['<a href="/sources/a/">A</a> <a href="#">top</a>', '<a href="/sources/a/">A</a> <a href="#">top</a>'],
    ['<p>write id=&quot;x&quot; in HTML</p>', '<p>write id=&quot;x&quot; in HTML</p>'],
    ['<div data-id="x" grid="y">', '<div data-id="x" grid="y">'],
  ])('%s', (html, expected) => {
    expect(prefixIds(html, 'q7-')).toBe(expected);
  });
});

describe('unnameSections', () => {
  it.each([
    ['<section class="answers" aria-labelledby="answers"><h2 id="answers">', '<section class="answers"><h2 id="answers">'],
    ['<section aria-labelledby="a" data-source="a">', '<section data-source="a">'],
    // Only sections: a labelled dialog or article keeps its name.
    ['<article aria-labelledby="q1">', '<article aria-labelledby="q1">'],
  ])('%s', (html, expected) => {
    expect(unnameSections(html)).toBe(expected);
  });
});
