// What the service worker may cache and "Save for offline" fetches: every file a reader can reach in the
// built site, each with the hash that lets the worker refuse a file of another deploy.
import { createHash } from 'node:crypto';
import type { ManifestEntry } from 'workbox-build';
import { PAGEFIND_UNLISTED_GLOBS } from './pagefind-by-rule.ts';

/** Files of dist/ (relative, globbed by Workbox) that make up the handbook for offline reading. */
export const OFFLINE_GLOB = {
  globPatterns: ['**/*.{html,css,js,json,svg,png,webmanifest,wasm,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'],
  globIgnores: [
    'sw.js',
    // Served by the host for missing paths; a reader never opens it by its own URL.
    '404.html',
    // The data export is for reuse, not for reading.
    'handbook.json',
    // Preview cards are for link unfurlers; the print page repeats every question (1.5 MiB).
    'cards/**',
    'print/**',
    // Short links, three quarters of the files: offline the worker redirects them by short-links.json instead.
    'q/**',
    // Different on every build: the worker caches them by rule, and "Save for offline" has Pagefind load them.
    ...PAGEFIND_UNLISTED_GLOBS,
  ],
  // Pagefind's WebAssembly and the largest index chunks are well above Workbox's 2 MiB default at scale.
  maximumFileSizeToCacheInBytes: 50 * 1024 * 1024,
};

/** The list the home page's "Save for offline" reads: every file with its size, and the total. */
export const OFFLINE_INDEX_FILE = 'offline.json';

/** Pagefind's folder in dist/ (scripts/search-index.ts writes it). */
const SEARCH_INDEX_DIR = 'pagefind';

/**
 * OFFLINE_GLOB's files in two parts: the site's own, which can be listed while Pagefind writes its index, and the
 * index, listed once it is written (offline.json is neither: it is made from the two).
 */
export const SITE_GLOB = { ...OFFLINE_GLOB, globIgnores: [...OFFLINE_GLOB.globIgnores, OFFLINE_INDEX_FILE, `${SEARCH_INDEX_DIR}/**`] };
export const SEARCH_INDEX_GLOB = { ...OFFLINE_GLOB, globPatterns: OFFLINE_GLOB.globPatterns.map((pattern) => `${SEARCH_INDEX_DIR}/${pattern}`) };

export interface OfflineIndex {
  bytes: number;
  files: Array<{ url: string; bytes: number }>;
}

export function offlineIndex(entries: ManifestEntry[], bytesOf: (url: string) => number): OfflineIndex {
  const files = byUrl(entries).map((entry) => ({ url: entry.url, bytes: bytesOf(entry.url) }));
  return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), files };
}

/**
 * Adds Subresource Integrity to each entry: with it Workbox caches a file fetched on first use only when its
 * bytes are this build's. Sorted by URL so that two builds of the same site give the same worker.
 */
export function withIntegrity<Entry extends ManifestEntry>(entries: Entry[], sha256Base64: (url: string) => string): Entry[] {
  return byUrl(entries).map((entry) => ({ ...entry, integrity: `sha256-${sha256Base64(entry.url)}` }));
}

/** Names this build's file list (URLs and content revisions): the same for two builds of one commit, another for any change. */
export function buildId(entries: ManifestEntry[]): string {
  const list = byUrl(entries).map((entry) => `${entry.url} ${entry.revision ?? ''}`);
  return createHash('sha256').update(list.join('\n')).digest('hex').slice(0, 16);
}

/** Stands for the build's id in the bundled worker (__OFFLINE_BUILD__ in service-worker.ts) until its file list is known. */
export const BUILD_ID_MARK = 'OFFLINE_BUILD_ID_MARK';

/** The worker's code with this build's name in place of the mark; throws if the mark is not there. */
export function withBuildId(code: string, id: string): string {
  if (!code.includes(BUILD_ID_MARK)) throw new Error(`the bundled service worker does not name its build (${BUILD_ID_MARK})`);
  return code.replaceAll(BUILD_ID_MARK, id);
}

const byUrl = <Entry extends ManifestEntry>(entries: Entry[]): Entry[] => [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
