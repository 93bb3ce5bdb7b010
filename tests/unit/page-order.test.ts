// src/lib/page-order.mjs: the entries moved to the end or the front of Astro's page order, and named as Astro names them.
import { describe, expect, it } from 'vitest';
import { movePagesFirst, movePagesLast, pageEntrySpecifiers } from '../../src/lib/page-order.mjs';
import { ROOT } from './helpers';

describe('movePagesLast', () => {
  it.each([
    { case: 'one entry from the front', entries: ['a', 'b', 'c'], last: ['a'], order: ['b', 'c', 'a'], missing: [] },
    { case: 'two, in the order Astro had them', entries: ['a', 'b', 'c', 'd'], last: ['c', 'a'], order: ['b', 'd', 'a', 'c'], missing: [] },
    { case: 'one already last', entries: ['a', 'b'], last: ['b'], order: ['a', 'b'], missing: [] },
    { case: 'none listed', entries: ['a', 'b'], last: [], order: ['a', 'b'], missing: [] },
    { case: 'one not an entry', entries: ['a', 'b'], last: ['z', 'a'], order: ['b', 'a'], missing: ['z'] },
  ])('$case', ({ entries, last, order, missing }) => {
    const map = new Map(entries.map((specifier) => [specifier, `${specifier}.mjs`]));
    expect(movePagesLast(map, new Set(last))).toEqual(missing);
    expect([...map]).toEqual(order.map((specifier) => [specifier, `${specifier}.mjs`]));
  });
});

it('names a page entry as the installed Astro does', async () => {
  const specifiers = await pageEntrySpecifiers(ROOT, ['src/pages/cards/[n].png.ts']);
  expect([...specifiers]).toEqual([['\0@astro-page:src/pages/cards/[n].png@_@ts', 'src/pages/cards/[n].png.ts']]);
});

describe('movePagesFirst', () => {
  it.each([
    { case: 'one entry from the end', entries: ['a', 'b', 'c'], first: ['c'], order: ['c', 'a', 'b'], missing: [] },
    { case: 'two, in the order Astro had them', entries: ['a', 'b', 'c', 'd'], first: ['d', 'b'], order: ['b', 'd', 'a', 'c'], missing: [] },
    { case: 'one already first', entries: ['a', 'b'], first: ['a'], order: ['a', 'b'], missing: [] },
    { case: 'none listed', entries: ['a', 'b'], first: [], order: ['a', 'b'], missing: [] },
    { case: 'one not an entry', entries: ['a', 'b'], first: ['z', 'b'], order: ['b', 'a'], missing: ['z'] },
  ])('$case', ({ entries, first, order, missing }) => {
    const map = new Map(entries.map((specifier) => [specifier, `${specifier}.mjs`]));
    expect(movePagesFirst(map, new Set(first))).toEqual(missing);
    expect([...map]).toEqual(order.map((specifier) => [specifier, `${specifier}.mjs`]));
  });
});
