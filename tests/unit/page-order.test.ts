// src/lib/page-order.mjs: the entries moved to the end or the front of Astro's page order, and named as Astro names them.
import { describe, expect, it } from 'vitest';
import { movePagesFirst, movePagesLast, pageEntrySpecifiers } from '../../src/lib/page-order.mjs';
import { ROOT } from './helpers';

describe.each([
  {
    move: movePagesLast,
    cases: [
      { case: 'one entry from the front', entries: ['a', 'b', 'c'], moved: ['a'], order: ['b', 'c', 'a'], missing: [] },
      { case: 'two, in the order Astro had them', entries: ['a', 'b', 'c', 'd'], moved: ['c', 'a'], order: ['b', 'd', 'a', 'c'], missing: [] },
      { case: 'one already last', entries: ['a', 'b'], moved: ['b'], order: ['a', 'b'], missing: [] },
      { case: 'none listed', entries: ['a', 'b'], moved: [], order: ['a', 'b'], missing: [] },
      { case: 'one not an entry', entries: ['a', 'b'], moved: ['z', 'a'], order: ['b', 'a'], missing: ['z'] },
    ],
  },
  {
    move: movePagesFirst,
    cases: [
      { case: 'one entry from the end', entries: ['a', 'b', 'c'], moved: ['c'], order: ['c', 'a', 'b'], missing: [] },
      { case: 'two, in the order Astro had them', entries: ['a', 'b', 'c', 'd'], moved: ['d', 'b'], order: ['b', 'd', 'a', 'c'], missing: [] },
      { case: 'one already first', entries: ['a', 'b'], moved: ['a'], order: ['a', 'b'], missing: [] },
      { case: 'none listed', entries: ['a', 'b'], moved: [], order: ['a', 'b'], missing: [] },
      { case: 'one not an entry', entries: ['a', 'b'], moved: ['z', 'b'], order: ['b', 'a'], missing: ['z'] },
    ],
  },
])('$move.name', ({ move, cases }) => {
  it.each(cases)('$case', ({ entries, moved, order, missing }) => {
    const map = new Map(entries.map((specifier) => [specifier, `${specifier}.mjs`]));
    expect(move(map, new Set(moved))).toEqual(missing);
    expect([...map]).toEqual(order.map((specifier) => [specifier, `${specifier}.mjs`]));
  });
});

it('names a page entry as the installed Astro does', async () => {
  const specifiers = await pageEntrySpecifiers(ROOT, ['src/pages/cards/[n].png.ts']);
  expect([...specifiers]).toEqual([['\0@astro-page:src/pages/cards/[n].png@_@ts', 'src/pages/cards/[n].png.ts']]);
});
