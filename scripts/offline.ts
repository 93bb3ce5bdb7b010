// After astro build and Pagefind (the last steps of `astro build`, src/lib/publish-overlap.mjs, or alone:
// `tsx scripts/offline.ts [dist]`): writes the service worker (sw.js, made with Workbox from
// src/offline/service-worker.ts) and offline.json, the file list of "Save for offline".
// The search index is part of what a reader saves: what does not need it (the worker's bundle, the files outside
// Pagefind's folder) is prepared while Pagefind indexes, the rest is finished after it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { findOfflineFiles, type OfflineFiles } from './offline-files.mjs';
import { BUILD_ID_PLACEHOLDER, buildId, OFFLINE_GLOB, OFFLINE_GLOB_PARTS, OFFLINE_INDEX_FILE, offlineIndex, withBuildId, withIntegrity } from './lib/offline-manifest.ts';

const swSource = resolve(import.meta.dirname, '../src/offline/service-worker.ts');
const filesWorker = resolve(import.meta.dirname, 'offline-files-worker.mjs');

/**
 * Workbox is loaded when the step runs, not with astro.config.mjs, which loads this module for every build and
 * `npm run dev` (~0.1 s). It is CommonJS, so required: Vite's config loader allows no import() once the config
 * is loaded. By its own module: workbox-build's index also loads generateSW's bundler (~0.45 s).
 */
const require = createRequire(import.meta.url);
const injectManifestOf = () => (require('workbox-build/build/inject-manifest.js') as typeof import('workbox-build/build/inject-manifest.js')).injectManifest;

/** What the step has done before Pagefind's files exist: the files outside its folder, the bundled worker. */
export interface PreparedOffline {
  outsidePagefind: OfflineFiles;
  bundle: string;
}

/** The files `glob` names in `dist`, found and hashed in a worker thread; rejects with the worker's error. */
function findInWorker(dist: string, glob: typeof OFFLINE_GLOB): Promise<OfflineFiles> {
  return new Promise((found, failed) => {
    const worker = new Worker(filesWorker, { workerData: { dist, glob } });
    worker.once('message', found);
    worker.once('error', failed);
    worker.once('exit', (code) => failed(new Error(`the offline files' worker stopped (exit code ${code})`)));
  });
}

/** src/offline/service-worker.ts bundled, with BUILD_ID_PLACEHOLDER for the build's id. */
async function bundleWorker(): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [swSource],
    write: false,
    outfile: 'sw.js',
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    // Workbox leaves out its development logging in production; the worker names its cache of Pagefind's
    // unlisted files after the build.
    define: { 'process.env.NODE_ENV': '"production"', __OFFLINE_BUILD__: JSON.stringify(BUILD_ID_PLACEHOLDER) },
    logLevel: 'error',
  });
  return outputFiles[0]!.text;
}

/** The part of the step that needs none of Pagefind's files, so it can run while Pagefind indexes. */
export async function prepareOffline(dist: string): Promise<PreparedOffline> {
  const [outsidePagefind, bundle] = await Promise.all([findInWorker(dist, OFFLINE_GLOB_PARTS.outsidePagefind), bundleWorker()]);
  return { outsidePagefind, bundle };
}

/** Writes sw.js and offline.json into `dist` once Pagefind's files are there; says what the worker lists. Throws when Workbox warns. */
export async function finishOffline(dist: string, { outsidePagefind, bundle }: PreparedOffline): Promise<string> {
  const pagefind = await findOfflineFiles(dist, OFFLINE_GLOB_PARTS.pagefind);
  const listed = [...outsidePagefind.entries, ...pagefind.entries];
  const bytes = { ...outsidePagefind.bytes, ...pagefind.bytes };
  writeFileSync(join(dist, OFFLINE_INDEX_FILE), `${JSON.stringify(offlineIndex(listed, (url) => bytes[url]!))}\n`);
  const index = await findOfflineFiles(dist, { ...OFFLINE_GLOB, globPatterns: [OFFLINE_INDEX_FILE] });
  const sha256 = { ...outsidePagefind.sha256, ...pagefind.sha256, ...index.sha256 };
  const entries = withIntegrity([...listed, ...index.entries], (url) => sha256[url]!);

  const scratch = mkdtempSync(join(tmpdir(), 'offline-sw-'));
  try {
    const bundled = join(scratch, 'sw.js');
    writeFileSync(bundled, withBuildId(bundle, buildId(listed)));
    const { warnings } = await injectManifestOf()({ swSrc: bundled, swDest: join(dist, 'sw.js'), globDirectory: dist, globPatterns: [], additionalManifestEntries: entries });
    if (warnings.length > 0) throw new Error(warnings.join('\n'));
    const size = outsidePagefind.size + pagefind.size + index.size;
    return `sw.js lists ${entries.length} files, ${(size / 1024 / 1024).toFixed(1)} MiB`;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Writes sw.js and offline.json into `dist`, Pagefind's index written already; says what the worker lists. */
export async function writeOffline(dist: string): Promise<string> {
  return finishOffline(dist, await prepareOffline(dist));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(`offline: ${await writeOffline(resolve(process.argv[2] ?? 'dist'))}`);
  } catch (error) {
    console.error(`scripts/offline.ts: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
