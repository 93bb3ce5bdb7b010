import { describe, expect, it } from 'vitest';
import { isSearchFile, metaFilesOf, pagefindRule } from '../../scripts/lib/pagefind-by-rule.ts';

describe.each([
  ['at the root', 'https://example.org/'],
  ['under a base path', 'https://example.org/handbook/'],
])('which Pagefind files the worker caches by rule (%s)', (_, scope) => {
  it.each([
    ['pagefind/pagefind-entry.json', 'entry'],
    ['pagefind/pagefind-entry.json?ts=1700000000', 'entry'],
    ['pagefind/pagefind.en_1bee9338ac.pf_meta', 'content-hashed'],
    ['pagefind/filter/en_298d254.pf_filter', 'content-hashed'],
    ['pagefind/pagefind.js', undefined],
    ['pagefind/index/en_abc.pf_index', undefined],
    ['pagefind/fragment/en_abc.pf_fragment', undefined],
    ['pagefind/filter/nested/en_abc.pf_filter', undefined],
    ['questions/pagefind-entry.json', undefined],
  ])('%s → %s', (path, rule) => {
    expect(pagefindRule(new URL(path, scope), scope)).toBe(rule);
  });

  it.each([
    ['pagefind/pagefind.js', true],
    ['pagefind/wasm.en.pagefind', true],
    ['pagefind/index/en_abc.pf_index', true],
    ['pagefind/fragment/en_abc.pf_fragment', true],
    ['pagefind/pagefind-entry.json?ts=1700000000', true],
    ['pagefind/pagefind.en_1bee9338ac.pf_meta', true],
    ['pagefind/filter/en_298d254.pf_filter', true],
    ['search-synonyms.json', true],
    ['search-terms.json', true],
    ['questions/anchor-boxes/', false],
    ['search/', false],
    ['handbook.json', false],
  ])('%s is read by search only: %s', (path, searchOnly) => {
    expect(isSearchFile(new URL(path, scope), scope)).toBe(searchOnly);
  });

  it('ignores another origin and a path outside the site', () => {
    expect(isSearchFile(new URL('https://other.example/pagefind/pagefind.js'), scope)).toBe(false);
    expect(pagefindRule(new URL('https://other.example/pagefind/pagefind-entry.json'), scope)).toBeUndefined();
    expect(pagefindRule(new URL('https://example.org/elsewhere/pagefind/pagefind-entry.json'), 'https://example.org/handbook/')).toBeUndefined();
  });
});

describe('the metadata files an entry file points at', () => {
  it.each([
    ['one language', { languages: { en: { hash: 'en_1bee9338ac', wasm: 'en' } } }, ['pagefind/pagefind.en_1bee9338ac.pf_meta']],
    [
      'several languages',
      { languages: { en: { hash: 'en_1' }, 'pt-br': { hash: 'pt-br_2' } } },
      ['pagefind/pagefind.en_1.pf_meta', 'pagefind/pagefind.pt-br_2.pf_meta'],
    ],
    ['a hash that is not a file name', { languages: { en: { hash: '../x' }, fr: { hash: 3 } } }, []],
    ['no languages', {}, []],
    ['not an object', null, []],
  ])('%s', (_, entry, files) => {
    expect(metaFilesOf(entry)).toEqual(files);
  });
});
