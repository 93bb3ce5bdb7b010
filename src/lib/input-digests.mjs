// @ts-check
// What a bundle was made from, as Rollup saw it, and whether that still holds: the digest of every file among its
// module ids, and of the listing of every folder outside node_modules/ they come from (a file added beside an
// import can change what it resolves to: `./x` → x.ts or x/index.ts). Virtual modules (ids starting with \0) and
// external ones are kept without a digest: what they hold comes from the files and settings a cache keys on besides.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute } from 'node:path';

/** @typedef {{ id: string, digest?: string }} Input  a module of the bundle; files with their digest */
/** @typedef {{ inputs: Input[], listings: { dir: string, digest: string }[] }} Inputs */

/** @param {string | Uint8Array} data */
export const sha256 = (data) => createHash('sha256').update(data).digest('hex');
/** @param {string} id */
export const withoutQuery = (id) => id.replace(/[?#].*$/s, '');
/** @param {string} file */
export const fileDigest = (file) => (existsSync(file) ? sha256(readFileSync(file)) : 'missing');
/** Settings as text for a cache key: functions by their source, regular expressions as written, URLs by address. @param {unknown} value */
export const settingsText = (value) => JSON.stringify(value, (_key, item) => (typeof item === 'function' || item instanceof RegExp ? String(item) : item));
/** @param {string} dir */
export const listingDigest = (dir) => (existsSync(dir) ? sha256(readdirSync(dir).sort().join('\n')) : 'missing');

/**
 * The inputs of a bundle from its module ids.
 * @param {Iterable<string>} moduleIds
 * @returns {Inputs}
 */
export function inputsOf(moduleIds) {
  const ids = [...new Set(moduleIds)];
  // Bare specifiers ('zod', 'node:fs') are modules left external: the lock file keys their versions.
  const isFile = (/** @type {string} */ id) => !id.startsWith('\0') && isAbsolute(withoutQuery(id));
  const files = [...new Set(ids.filter(isFile).map(withoutQuery))];
  return {
    inputs: ids.map((id) => (isFile(id) ? { id: withoutQuery(id), digest: fileDigest(withoutQuery(id)) } : { id })),
    listings: [...new Set(files.filter((file) => !file.includes('/node_modules/')).map((file) => dirname(file)))]
      .sort()
      .map((dir) => ({ dir, digest: listingDigest(dir) })),
  };
}

/** @param {Inputs} recorded @returns {boolean} every file and folder listing as it was when recorded */
export const inputsUnchanged = (recorded) =>
  recorded.inputs.every((input) => input.digest === undefined || fileDigest(input.id) === input.digest) &&
  recorded.listings.every((listing) => listingDigest(listing.dir) === listing.digest);
