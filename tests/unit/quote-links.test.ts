import { describe, expect, it } from 'vitest';
import { escapeMarkdown, excerpt, quoteMarkdown } from '../../src/lib/quote-markdown.ts';
import { passageUrl, textDirective } from '../../src/lib/text-fragment.ts';

const long = `Words ${'word '.repeat(69).trim()}.`;

describe('excerpt: a sentence or two, at most 280 characters', () => {
  it.each([
    ['one sentence stays whole', 'Anchors are boxes.', 'Anchors are boxes.'],
    ['two sentences stay', 'Anchors are boxes. They tile the map.', 'Anchors are boxes. They tile the map.'],
    ['a third sentence is dropped', 'One. Two. Three.', 'One. Two.'],
    ['a second sentence that would pass 280 characters is dropped', `Short first. ${long}`, 'Short first.'],
    ['a first sentence over 280 characters is cut at a word', long, `Words ${'word '.repeat(55).trim()} …`],
    ['abbreviations and decimals do not end a sentence', 'IoU above 0.7 is positive, e.g. for the RPN. Below 0.3 is negative. Rest ignored.', 'IoU above 0.7 is positive, e.g. for the RPN. Below 0.3 is negative.'],
  ])('%s', (_name, text, expected) => {
    expect(excerpt(text)).toBe(expected);
    expect(excerpt(text).length).toBeLessThanOrEqual(282);
  });
});

describe('escapeMarkdown keeps quoted text literal', () => {
  it.each([
    ['plain text', 'Anchors are boxes.', 'Anchors are boxes.'],
    ['emphasis and code', 'a *b* _c_ `d`', 'a \\*b\\* \\_c\\_ \\`d\\`'],
    ['links and HTML', '[x](y) <script>', '\\[x\\](y) \\<script\\>'],
    ['a heading at the start', '# Title', '\\# Title'],
    ['a list marker at the start', '- item', '\\- item'],
    ['a numbered item at the start', '3. item', '3\\. item'],
    ['a hyphen inside a word', 'log-scale', 'log-scale'],
  ])('%s', (_name, text, expected) => expect(escapeMarkdown(text)).toBe(expected));
});

describe('quoteMarkdown', () => {
  const base = { source: 'Source B', question: { n: 23, title: 'What are anchors?' }, site: 'CV Interview Handbook' };
  it.each([
    ['an answer', { ...base, quote: 'Anchors are boxes. They tile the map. More.', link: 'https://h.example/q/23/b/' }, '> Anchors are boxes. They tile the map.\n\n— Source B on question 23, “What are anchors?”, in the CV Interview Handbook: https://h.example/q/23/b/'],
    [
      'a correction',
      { ...base, quote: 'anchors are learned', verdict: { label: 'Factual error', correction: 1, note: 'Anchors are fixed; offsets are learned.' }, link: 'https://h.example/q/23/b/1/' },
      '> anchors are learned\n\n**Factual error** (correction 1): Anchors are fixed; offsets are learned.\n\n— Source B on question 23, “What are anchors?”, in the CV Interview Handbook: https://h.example/q/23/b/1/',
    ],
  ])('%s', (_name, quotation, expected) => expect(quoteMarkdown(quotation)).toBe(expected));
});

describe('text directives percent-encode the characters that separate their parts', () => {
  it.each([
    ['exact text', { textStart: 'anchor boxes' }, 'text=anchor%20boxes'],
    ['"-" in a word', { textStart: 'log-scale width' }, 'text=log%2Dscale%20width'],
    ['"," and "&"', { textStart: 'scores, offsets & boxes' }, 'text=scores%2C%20offsets%20%26%20boxes'],
    ['a range with context', { prefix: 'the R-CNN', textStart: 'anchors', textEnd: 'boxes', suffix: 'per-position' }, 'text=the%20R%2DCNN-,anchors,boxes,-per%2Dposition'],
    ['non-ASCII', { textStart: '3 × 3' }, 'text=3%20%C3%97%203'],
  ])('%s', (_name, fragment, expected) => expect(textDirective(fragment)).toBe(expected));

  it('a passage link keeps the answer anchor for browsers without text fragments', () => {
    expect(passageUrl('https://h.example/questions/anchor-boxes/', 'source-c', { textStart: 'anchor boxes' })).toBe(
      'https://h.example/questions/anchor-boxes/#source-c:~:text=anchor%20boxes',
    );
  });
});
