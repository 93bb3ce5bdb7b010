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
    // Pagefind's ready-made UIs: the site's search dialog uses its JS API (pagefind.js) only.
    'pagefind/pagefind-ui.*',
    'pagefind/pagefind-component-ui.*',
    'pagefind/pagefind-modular-ui.*',
    // Different on every build: the worker caches them by rule, and "Save for offline" has Pagefind load them.
    ...PAGEFIND_UNLISTED_GLOBS,
  ],
  // Pagefind's WebAssembly and the largest index chunks are well above Workbox's 2 MiB default at scale.
  maximumFileSizeToCacheInBytes: 50 * 1024 * 1024,
};

/**
 * Stands for the build's id in the worker bundled before the id is known (it names Pagefind's files too): a
 * string of the id's own characters, so that the minifier writes it as it would write the id.
 */
export const BUILD_ID_PLACEHOLDER = 'OFFLINEBUILDIDPLACEHOLDER';

/** The bundled worker with this build's id in place of BUILD_ID_PLACEHOLDER. */
export function withBuildId(bundle: string, id: string): string {
  if (!bundle.includes(BUILD_ID_PLACEHOLDER)) throw new Error(`the bundled service worker does not name the build (${BUILD_ID_PLACEHOLDER})`);
  return bundle.replaceAll(BUILD_ID_PLACEHOLDER, id);
}

/** The list the home page's "Save for offline" reads: every file with its size, and the total. */
export const OFFLINE_INDEX_FILE = 'offline.json';

/** Pagefind's folder in dist/, written while the build already reads the rest. */
export const PAGEFIND_FOLDER = 'pagefind';

/**
 * OFFLINE_GLOB in two parts that together find the same files: those outside Pagefind's folder, found while
 * Pagefind indexes, and Pagefind's own, found once it has written them.
 */
export const OFFLINE_GLOB_PARTS = {
  outsidePagefind: { ...OFFLINE_GLOB, globIgnores: [...OFFLINE_GLOB.globIgnores, OFFLINE_INDEX_FILE, `${PAGEFIND_FOLDER}/**`] },
  pagefind: { ...OFFLINE_GLOB, globPatterns: OFFLINE_GLOB.globPatterns.map((pattern) => `${PAGEFIND_FOLDER}/${pattern}`) },
};

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

const byUrl = <Entry extends ManifestEntry>(entries: Entry[]): Entry[] => [...entries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
