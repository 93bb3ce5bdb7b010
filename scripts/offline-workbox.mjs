// @ts-check
// The files of dist/ a glob of the offline step names, found by Workbox (with its revision of each) and hashed
// for Subresource Integrity: the offline step's largest cost, run in a worker thread (offline-files-worker.mjs)
// so that the build's main thread stays free for Pagefind's answers meanwhile. JavaScript, as a worker thread
// loads it without the TypeScript loader the build's own modules come through.
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

// Workbox's getManifest by its own module: its index also loads generateSW's bundler (~0.45 s).
const require = createRequire(import.meta.url);

/** @param {string} dist @param {OfflineGlob} glob @returns {Promise<OfflineFiles>} Throws when Workbox warns. */
export async function findOfflineFiles(dist, glob) {
  const { getManifest } = /** @type {typeof import('workbox-build/build/get-manifest.js')} */ (require('workbox-build/build/get-manifest.js'));
  const listed = await getManifest({ globDirectory: dist, ...glob });
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
