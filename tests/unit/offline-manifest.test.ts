import { describe, expect, it } from 'vitest';
import { getManifest } from 'workbox-build';
import { BUILD_ID_MARK, buildId, OFFLINE_GLOB, offlineIndex, SEARCH_INDEX_GLOB, SITE_GLOB, withBuildId, withIntegrity } from '../../scripts/lib/offline-manifest.ts';
import { offlineTools } from '../../scripts/offline.ts';

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

  it('names a build after its file list: the same for the same files in any order, another for any change', () => {
    const id = buildId(entries);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(buildId([...entries].reverse())).toBe(id);
    expect(buildId([{ ...entries[0]!, revision: 'r3' }, ...entries.slice(1)])).not.toBe(id);
    expect(buildId(entries.slice(1))).not.toBe(id);
  });

  // The worker is bundled before the site is built (scripts/build.mjs), and named once its file list is known.
  it('names the build wherever the bundled worker names it, and refuses a worker that does not', async () => {
    const { worker } = await offlineTools();
    expect(worker).toContain(BUILD_ID_MARK);
    const named = withBuildId(worker, '0123456789abcdef');
    expect(named).not.toContain(BUILD_ID_MARK);
    expect(named).toContain('0123456789abcdef');
    expect(() => withBuildId('self.x = 1;', '0123456789abcdef')).toThrow(/does not name its build/);
  });

  it('lists what a reader opens, but not the Pagefind files that change with every build, nor short links', async () => {
    const { manifestEntries } = await getManifest({ globDirectory: 'tests/fixtures/offline-manifest/site', ...OFFLINE_GLOB });
    expect(manifestEntries.map((entry) => entry.url).sort()).toEqual([
      'index.html',
      'pagefind/fragment/en_4.pf_fragment',
      'pagefind/index/en_3.pf_index',
      'pagefind/pagefind.js',
      'questions/a/index.html',
      // The worker answers short links (q/) offline from this list of where each leads.
      'short-links.json',
    ]);
  });

  // The site's part is listed while Pagefind writes its index (src/lib/publish-steps.mjs), the index's after.
  it('lists the same files in two parts, the site apart from its search index, and the index', async () => {
    const urls = async (glob: typeof OFFLINE_GLOB) => (await getManifest({ globDirectory: 'tests/fixtures/offline-manifest/site', ...glob })).manifestEntries.map((entry) => entry.url).sort();
    const [all, site, searchIndex] = await Promise.all([urls(OFFLINE_GLOB), urls(SITE_GLOB), urls(SEARCH_INDEX_GLOB)]);
    expect(site).toEqual(['index.html', 'questions/a/index.html', 'short-links.json']);
    expect([...site, ...searchIndex].sort()).toEqual(all);
  });
});
