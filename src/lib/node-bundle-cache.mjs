// @ts-check
// The bundles import-typescript.mjs makes, kept beside a record of the files each was made from, so that a build whose
// TypeScript has not changed imports the last one rather than bundling again: esbuild's start and its bundling of the
// config's modules took some 0.2 s of every start of Astro here. A bundle is made again when any of its files, a
// folder they come from, this module, import-typescript.mjs, or the project's lock file or tsconfig.json has changed.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileDigest, inputsOf, inputsUnchanged, sha256 } from './input-digests.mjs';
import { writeWhole } from './write-whole.mjs';

/** @typedef {import('./input-digests.mjs').Inputs & { key: string, version: string }} BundleRecord */

/**
 * The files of the project `file` belongs to (the nearest folder above it with a package.json) that shape any bundle
 * of it, as they shape the other bundle caches': the lock file (the versions of the packages a bundle imports from
 * where they are installed) and tsconfig.json (how esbuild compiles TypeScript).
 * @param {string} file
 */
function projectKeyFiles(file) {
  for (let dir = dirname(file); dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return ['package-lock.json', 'tsconfig.json'].map((name) => join(dir, name));
  }
  return [];
}

/** What shapes a bundle of `entry` besides its files. @param {string} entry */
const keyOf = (entry) =>
  sha256([entry, ...[fileURLToPath(import.meta.url), fileURLToPath(new URL('./import-typescript.mjs', import.meta.url)), ...projectKeyFiles(entry)].map(fileDigest)].join('\n'));

/** @param {string} recordFile @param {string} key @returns {BundleRecord | undefined} */
function freshRecord(recordFile, key) {
  try {
    /** @type {BundleRecord} */
    const record = JSON.parse(readFileSync(recordFile, 'utf8'));
    return record.key === key && inputsUnchanged(record) ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The file in `folder` that holds the bundle of `entry`, with the version of its code (a new one whenever the code
 * changes), bundled by `bundle` only when the last bundle's files have changed.
 * @param {string} entry
 * @param {string} folder
 * @param {(entry: string) => Promise<{ code: string, inputs: string[] }>} bundle
 * @returns {Promise<{ file: string, version: string }>}
 */
export async function cachedBundle(entry, folder, bundle) {
  const file = join(folder, `${sha256(entry).slice(0, 16)}.mjs`);
  const recordFile = `${file}.json`;
  const key = keyOf(entry);
  const fresh = existsSync(file) ? freshRecord(recordFile, key) : undefined;
  if (fresh) return { file, version: fresh.version };
  const { code, inputs } = await bundle(entry);
  const version = sha256(code).slice(0, 16);
  // Written whole, the bundle before its record: another build may be reading both.
  await writeWhole(file, code);
  await writeWhole(recordFile, JSON.stringify({ key, version, ...inputsOf(inputs) }));
  return { file, version };
}
