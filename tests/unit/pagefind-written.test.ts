// When Pagefind's files count as written: its Node API answers before its last writes land.
import { describe, expect, test } from 'vitest';
import { emptyFiles, filesWritten } from '../../scripts/lib/pagefind-written.ts';

const sizes = (entries: Record<string, number>) => new Map(Object.entries(entries));
const written = { 'pagefind.js': 45_555, 'pagefind-entry.json': 173, 'index/en_1.pf_index': 900 };

describe('Pagefind has written its files', () => {
  test.each([
    { name: 'at the first look, before anything to compare with', before: undefined, now: written, done: false },
    { name: 'when a file is still empty', before: { ...written, 'pagefind-entry.json': 0 }, now: { ...written, 'pagefind-entry.json': 0 }, done: false },
    { name: 'when a file grew since the look before', before: { ...written, 'pagefind.js': 0 }, now: written, done: false },
    { name: 'when a file appeared since the look before', before: { 'pagefind.js': 45_555 }, now: written, done: false },
    { name: 'when none is empty and none changed', before: written, now: written, done: true },
  ])('$name: $done', ({ before, now, done }) => {
    expect(filesWritten(before && sizes(before), sizes(now))).toBe(done);
  });

  test('names the files still empty', () => {
    expect(emptyFiles(sizes({ ...written, 'wasm.unknown.pagefind': 0, 'pagefind-ui.js': 0 }))).toEqual(['wasm.unknown.pagefind', 'pagefind-ui.js']);
  });
});
