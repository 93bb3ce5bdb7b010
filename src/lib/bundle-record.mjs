// @ts-check
// What Astro's viteBuild leaves behind for the pages' generation, kept in a folder and written back (astro 5.18):
// the files the server and browser bundling wrote (after Astro's post-build steps rewrote some of them, and its
// manifest chunk, which it writes itself), and the build state page generation reads (entry chunks, component
// metadata, each page's styles). lib/bundle-reuse.mjs decides when.
import { readdirSync, rmSync, statSync } from 'node:fs';
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importAstroFile } from './astro-installed.mjs';
import { inputsOf } from './input-digests.mjs';

/**
 * @typedef {import('./input-digests.mjs').Inputs & {
 *   trees: string, generated: string, files: string[], ssrOutputChunkNames: string[], manifestFileName?: string, middleware?: string,
 *   entrySpecifierToBundleMap: [string, string][], inlinedScripts: [string, string][],
 *   componentMetadata: [string, unknown][], styles: Record<string, unknown[]>
 * }} BundleRecord
 * @typedef {{ trees: string, generated: string, moduleIds: Set<string>, written: Set<string>, started: number }} BundleKey
 *   what the record is checked against next time, what Rollup read and wrote, and when the bundling started
 */

/** Records kept at most, one per set of settings (output folder, base path, content root …), newest first. */
const KEPT_RECORDS = 8;

/** Astro's own functions for its build state and server folder, from the files its build imports. @param {string} root the project */
async function astroModules(root) {
  const [{ createBuildInternals, trackPageData }, { getServerOutputDirectory }] = await Promise.all([
    importAstroFile(root, 'dist/core/build/internal.js'),
    importAstroFile(root, 'dist/prerender/utils.js'),
  ]);
  return { createBuildInternals, trackPageData, getServerOutputDirectory };
}

/** @param {string} folder @returns {Promise<BundleRecord | undefined>} */
export async function readRecord(folder) {
  try {
    return JSON.parse(await readFile(join(folder, 'record.json'), 'utf8'));
  } catch {
    // None yet, or removed meanwhile: bundle.
    return undefined;
  }
}

/**
 * Keeps viteBuild's `result` in `folder`; only a build that leaves nothing else behind (no actions, server islands
 * or prerender-only chunks), and none of whose files changed while it bundled, is kept.
 * @param {{ opts: any, result: { internals: any, ssrOutputChunkNames: string[] }, folder: string, key: BundleKey,
 *   root: string, builtFolders: string[] }} kept  root: the project, whose Astro made the bundles; builtFolders: where the build writes (their listings change)
 */
export async function saveRecord({ opts, result, folder, key, root, builtFolders }) {
  const { internals, ssrOutputChunkNames } = result;
  if (internals.astroActionsEntryPoint || internals.prerenderOnlyChunks.length > 0 || opts.settings.serverIslandNameMap.size > 0) return;
  const { getServerOutputDirectory } = await astroModules(root);
  const manifest = internals.manifestFileName && fileURLToPath(new URL(internals.manifestFileName, getServerOutputDirectory(opts.settings)));
  // By their paths: the server bundle goes to the output folder, or to .astro/ when that is outside the project.
  const files = [...new Set([...key.written, ...(manifest ? [manifest] : [])])].sort();
  const { inputs, listings } = inputsOf(key.moduleIds);
  // A file edited while Rollup bundled may hold other text than it read: its digest would vouch for a bundle not
  // made from it.
  if (inputs.some(({ id, digest }) => digest !== undefined && (statSync(id, { throwIfNoEntry: false })?.mtimeMs ?? Infinity) >= key.started)) return;
  /** @type {BundleRecord} */
  const record = {
    inputs,
    listings: listings.filter(({ dir }) => !builtFolders.some((built) => dir === built || dir.startsWith(`${built}/`))),
    trees: key.trees,
    generated: key.generated,
    files,
    ssrOutputChunkNames,
    manifestFileName: internals.manifestFileName,
    // The middleware's chunk, which the server bundle holds (its file is among `files`).
    middleware: internals.middlewareEntryPoint?.href,
    entrySpecifierToBundleMap: [...internals.entrySpecifierToBundleMap],
    inlinedScripts: [...internals.inlinedScripts],
    componentMetadata: [...internals.componentMetadata],
    styles: Object.fromEntries(Object.values(opts.allPages).map((/** @type {any} */ page) => [page.key, page.styles])),
  };
  // Made whole beside its place, then put there: another build may be reading the old record.
  const making = `${folder}.${process.pid}`;
  await rm(making, { recursive: true, force: true });
  await mkdir(join(making, 'out'), { recursive: true });
  await Promise.all(files.map((file, index) => cp(file, join(making, 'out', String(index)))));
  await writeFile(join(making, 'record.json'), JSON.stringify(record));
  await rm(folder, { recursive: true, force: true });
  await rename(making, folder);
  pruneRecords(dirname(folder));
}

/** Removes all but the newest records (a record is only worth its settings' next build). @param {string} records */
function pruneRecords(records) {
  const folders = readdirSync(records).map((name) => join(records, name));
  const newestFirst = folders.map((path) => ({ path, time: statSync(path).mtimeMs })).sort((a, b) => b.time - a.time);
  for (const { path } of newestFirst.slice(KEPT_RECORDS)) rmSync(path, { recursive: true, force: true });
}

/**
 * viteBuild's result from `record`: public/ copied where Vite copies it, the bundles' files, and the build state
 * on a fresh one of Astro's own.
 * @param {{ opts: any, record: BundleRecord, folder: string, root: string }} kept
 */
export async function restoreRecord({ opts, record, folder, root }) {
  const { createBuildInternals, trackPageData, getServerOutputDirectory } = await astroModules(root);
  await cp(fileURLToPath(opts.settings.config.publicDir), fileURLToPath(getServerOutputDirectory(opts.settings)), { recursive: true, force: true }).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await Promise.all(record.files.map((file, index) => mkdir(dirname(file), { recursive: true }).then(() => cp(join(folder, 'out', String(index)), file))));
  const internals = createBuildInternals();
  for (const page of Object.values(opts.allPages)) {
    trackPageData(internals, page.component, page, `/${page.component}`, new URL(`./${page.component}`, opts.settings.config.root));
    page.styles = record.styles[page.key] ?? [];
  }
  internals.manifestFileName = record.manifestFileName;
  if (record.middleware) internals.middlewareEntryPoint = new URL(record.middleware);
  internals.entrySpecifierToBundleMap = new Map(record.entrySpecifierToBundleMap);
  internals.inlinedScripts = new Map(record.inlinedScripts);
  internals.componentMetadata = new Map(record.componentMetadata);
  /** @type {any} */
  const assets = globalThis;
  // Images optimised at build time register while the pages render, through a function the bundling sets up.
  if (assets.astroAsset) {
    assets.astroAsset.addStaticImage = () => {
      rmSync(folder, { recursive: true, force: true });
      throw new Error('a page optimises an image, which needs the bundling this build skipped: build again (the kept bundle is removed)');
    };
  }
  return { internals, ssrOutputChunkNames: record.ssrOutputChunkNames };
}
