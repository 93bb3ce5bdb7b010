// @ts-check
// Workbox's share of the offline step (scripts/offline.ts), run in a worker thread of its own: loading Workbox,
// finding and hashing dist/'s files (the step's largest cost) and injecting the worker's list there leaves the
// build's main thread free to pass Pagefind's answers on while it indexes. JavaScript, as the worker thread loads
// it without the TypeScript loader the build's own modules come through.
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @typedef {import('workbox-build').ManifestEntry} ManifestEntry
 * @typedef {{ globPatterns: string[], globIgnores: string[], maximumFileSizeToCacheInBytes: number }} OfflineGlob
 * @typedef {{ entries: ManifestEntry[], size: number, sha256: Record<string, string>, bytes: Record<string, number> }} OfflineFiles
 *   Workbox's entries and their total size; each file's SHA-256 (base64) and size, by URL
 */

// CommonJS, each function by its own module: workbox-build's index also loads generateSW's bundler (~0.45 s).
const require = createRequire(import.meta.url);
const workbox = {
  getManifest: () => /** @type {typeof import('workbox-build/build/get-manifest.js')} */ (require('workbox-build/build/get-manifest.js')).getManifest,
  injectManifest: () => /** @type {typeof import('workbox-build/build/inject-manifest.js')} */ (require('workbox-build/build/inject-manifest.js')).injectManifest,
};

/** Loads Workbox's two modules, so that the thread can do it before there is work for it. */
export function loadWorkbox() {
  workbox.getManifest();
  workbox.injectManifest();
}

/** @param {{ dist: string, glob: OfflineGlob }} files @returns {Promise<OfflineFiles>} Throws when Workbox warns. */
export async function findOfflineFiles({ dist, glob }) {
  const listed = await workbox.getManifest()({ globDirectory: dist, ...glob });
  if (listed.warnings.length > 0) throw new Error(listed.warnings.join('\n'));
  /** @type {Record<string, string>} */
  const sha256 = {};
  /** @type {Record<string, number>} */
  const bytes = {};
  for (const { url } of listed.manifestEntries) {
    const content = readFileSync(join(dist, url));
    sha256[url] = createHash('sha256').update(content).digest('base64');
    bytes[url] = content.length;
  }
  return { entries: listed.manifestEntries, size: listed.size, sha256, bytes };
}

/** Writes the service worker with its list. @param {import('workbox-build').InjectManifestOptions} options Throws when Workbox warns. */
export async function injectManifest(options) {
  const { warnings } = await workbox.injectManifest()(options);
  if (warnings.length > 0) throw new Error(warnings.join('\n'));
}
