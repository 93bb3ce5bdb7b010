import { describe, expect, it } from 'vitest';
import { offlineIndex, withIntegrity } from '../../scripts/lib/offline-manifest.ts';

const entries = [
  { url: 'questions/b/index.html', revision: 'r2', size: 300 },
  { url: 'index.html', revision: 'r1', size: 100 },
  { url: '_astro/site.abc.js', revision: null, size: 20 },
];

describe('offline manifest', () => {
  it('lists every file with its size, in URL order, and the total', () => {
    expect(offlineIndex(entries, (url) => url.length)).toEqual({
      bytes: 18 + 10 + 22,
      files: [
        { url: '_astro/site.abc.js', bytes: 18 },
        { url: 'index.html', bytes: 10 },
        { url: 'questions/b/index.html', bytes: 22 },
      ],
    });
  });

  it('gives each entry the SRI hash of its own file, keeping its revision, in URL order', () => {
    expect(withIntegrity(entries, (url) => `hash-of-${url}`)).toEqual([
      { url: '_astro/site.abc.js', revision: null, size: 20, integrity: 'sha256-hash-of-_astro/site.abc.js' },
      { url: 'index.html', revision: 'r1', size: 100, integrity: 'sha256-hash-of-index.html' },
      { url: 'questions/b/index.html', revision: 'r2', size: 300, integrity: 'sha256-hash-of-questions/b/index.html' },
    ]);
  });
});
