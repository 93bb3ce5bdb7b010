// @ts-check
// The short links' files (short-links.mjs), carried from one build to the next: a build writes only the pages whose
// HTML changed and removes those that are gone. Writing all 567, a folder and a file each, took 0.06–1.0 s on this
// machine's disk however few had changed. When the build starts, before the output folder is emptied, the last
// build's q/ folder is set aside in Astro's cache folder; it is put back once the pages are known. A record of what
// each page held is kept for each output folder, and removed while that folder changes: a folder set aside always
// holds what its record says, or is not used.
import { existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sha256 } from './input-digests.mjs';

/** The folder of the output that holds every short link, and nothing else. */
const FOLDER = 'q';

/** @typedef {{ folder: string, record: string }} KeptPlace where one output folder's short links wait between builds */
/** @typedef {Record<string, string>} ShortLinkRecord each page's route, with its HTML's digest */

/** @param {string} cacheDir Astro's cache folder @param {string} out the output folder @returns {KeptPlace} */
export function keptPlace(cacheDir, out) {
  const root = join(cacheDir, 'short-links', sha256(out).slice(0, 16));
  return { folder: join(root, FOLDER), record: join(root, 'record.json') };
}

/** @param {string} file @returns {ShortLinkRecord | undefined} */
function readRecord(file) {
  try {
    const record = JSON.parse(readFileSync(file, 'utf8'));
    return record && typeof record === 'object' && !Array.isArray(record) ? record : undefined;
  } catch {
    return undefined;
  }
}

/**
 * When the build starts: the output's short links set aside, when a record says what they hold. Without one they
 * stay, and go with the rest of the last output.
 * @param {string} out @param {KeptPlace} place
 */
export function setShortLinksAside(out, place) {
  const current = join(out, FOLDER);
  if (!existsSync(place.record) || !existsSync(current)) return;
  rmSync(place.folder, { recursive: true, force: true });
  renameSync(current, place.folder);
}

/**
 * Once the pages are built: every short link page in out/q/, from the folder set aside when there is one.
 * @param {string} out @param {KeptPlace} place @param {Iterable<{ route: string, html: string }>} pages
 * @returns {{ pages: number, written: number, removed: number }}
 */
export function writeShortLinks(out, place, pages) {
  const last = readRecord(place.record);
  rmSync(place.record, { force: true });
  const current = join(out, FOLDER);
  const kept = last !== undefined && existsSync(place.folder) && !existsSync(current) ? last : undefined;
  if (kept) renameSync(place.folder, current);
  else rmSync(place.folder, { recursive: true, force: true });
  /** @type {ShortLinkRecord} */
  const record = {};
  let written = 0;
  for (const { route, html } of pages) {
    if (!route.startsWith(`${FOLDER}/`)) throw new Error(`short-links: ${route} is not in ${FOLDER}/, which holds the short links alone`);
    const digest = sha256(html);
    record[route] = digest;
    if (kept?.[route] === digest) continue;
    mkdirSync(join(out, route), { recursive: true });
    writeFileSync(join(out, route, 'index.html'), html);
    written++;
  }
  const gone = Object.keys(kept ?? {}).filter((route) => !(route in record));
  for (const route of gone) rmSync(join(out, route, 'index.html'), { force: true });
  // Deepest first, so that a folder's emptied subfolders go before it.
  for (const route of gone.sort((a, b) => b.length - a.length)) removeEmptyFolders(join(out, route), current);
  mkdirSync(dirname(place.record), { recursive: true });
  writeFileSync(place.record, JSON.stringify(record));
  return { pages: Object.keys(record).length, written, removed: gone.length };
}

/** @param {string} folder @param {string} top removes `folder` and the folders above it, below `top`, while empty */
function removeEmptyFolders(folder, top) {
  for (let dir = folder; dir.startsWith(`${top}/`); dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}
