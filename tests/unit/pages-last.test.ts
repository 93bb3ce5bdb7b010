// src/lib/pages-last.mjs: the entries moved to the end of Astro's page order, and named as Astro names them.
import { describe, expect, it } from 'vitest';
import { movePagesLast, pageEntrySpecifiers } from '../../src/lib/pages-last.mjs';
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
