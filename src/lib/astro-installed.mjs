// @ts-check
// The installed Astro's own files, which scripts/build.mjs changes before it starts `astro build`
// (astro-vite-build.mjs, astro-svgo-on-demand.mjs, astro-fonts-on-demand.mjs). A Node module hook would change them in memory, but every module
// load then crosses to the hooks' thread: about 0.8 s more to start Astro here.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeWhole } from './write-whole.mjs';

/** The file at `path` within the Astro installed for the project at `root`. @param {string} root @param {string} path */
export const astroFile = (root, path) => join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), path);

/** The module at `path` within the Astro installed for the project at `root`. @param {string} root @param {string} path */
export const importAstroFile = (root, path) => import(pathToFileURL(astroFile(root, path)).href);

/** Whether `text` occurs exactly once in `source`: a change is made only where Astro's text is as expected. @param {string} source @param {string} text */
export const occursOnce = (source, text) => source.split(text).length === 2;

/**
 * Writes `change(text)` over the file when it differs from its text; resolves with the file's text after.
 * @param {string} file
 * @param {(source: string) => string} change
 */
export async function changeInstalledFile(file, change) {
  const source = await readFile(file, 'utf8');
  const changed = change(source);
  if (changed !== source) await writeWhole(file, changed);
  return changed;
}
