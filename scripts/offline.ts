// After astro build and Pagefind (the last steps of `astro build`, src/lib/publish-overlap.mjs, or alone:
// `tsx scripts/offline.ts [dist]`): writes the service worker (sw.js, made with Workbox from
// src/offline/service-worker.ts) and offline.json, the file list of "Save for offline".
// The search index is part of what a reader saves: what does not need it is done before, Workbox's thread and the
// worker's bundle started with the build, the files outside Pagefind's folder found while Pagefind indexes; the
// rest is finished after it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import Tinypool from 'tinypool';
import type { InjectManifestOptions } from 'workbox-build';
import type { OfflineFiles, OfflineGlob } from './offline-workbox.mjs';
import { BUILD_ID_PLACEHOLDER, buildId, OFFLINE_GLOB, OFFLINE_GLOB_PARTS, OFFLINE_INDEX_FILE, offlineIndex, withBuildId, withIntegrity } from './lib/offline-manifest.ts';

const swSource = resolve(import.meta.dirname, '../src/offline/service-worker.ts');

/** Workbox in a worker thread of its own (scripts/offline-workbox.mjs), which loads it at its first task. */
export interface WorkboxThread {
  /** Has the thread load Workbox now, before its first task; a failure shows again at that task. */
  load(): void;
  /** The files `glob` names in `dist`, with their hashes; rejects when Workbox warns. */
  find(dist: string, glob: OfflineGlob): Promise<OfflineFiles>;
  /** Writes the service worker with its list; rejects when Workbox warns. */
  inject(options: InjectManifestOptions): Promise<void>;
  /** Ends the thread, so that the build can exit. */
  close(): Promise<void>;
}

export function workboxThread(): WorkboxThread {
  const pool = new Tinypool({ filename: resolve(import.meta.dirname, 'offline-workbox.mjs'), minThreads: 1, maxThreads: 1 });
  return {
    load: () => void pool.run({}, { name: 'loadWorkbox' }).catch(() => {}),
    find: (dist, glob) => pool.run({ dist, glob }, { name: 'findOfflineFiles' }) as Promise<OfflineFiles>,
    inject: (options) => pool.run(options, { name: 'injectManifest' }) as Promise<void>,
    close: () => pool.destroy(),
  };
}

/**
 * What the step can start with the build, as it depends on no file of dist/: Workbox's thread, loading Workbox,
 * and the bundled service worker (a failure to bundle shows when the step awaits it).
 */
export interface OfflineStart {
  workbox: WorkboxThread;
  bundle: Promise<string>;
}

export function startOffline(): OfflineStart {
  const workbox = workboxThread();
  workbox.load();
  const bundle = bundleServiceWorker();
  bundle.catch(() => {});
  return { workbox, bundle };
}

/** What the step has done before Pagefind's files exist: the files outside its folder, the bundled worker. */
export interface PreparedOffline {
  outsidePagefind: OfflineFiles;
  bundle: string;
}

/** src/offline/service-worker.ts bundled for build `id`: by default BUILD_ID_PLACEHOLDER, for the id known later. */
export async function bundleServiceWorker(id = BUILD_ID_PLACEHOLDER): Promise<string> {
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
    define: { 'process.env.NODE_ENV': '"production"', __OFFLINE_BUILD__: JSON.stringify(id) },
    logLevel: 'error',
  });
  return outputFiles[0]!.text;
}

/** The part of the step that needs none of Pagefind's files, so it can run while Pagefind indexes. */
export async function prepareOffline(dist: string, { workbox, bundle }: OfflineStart): Promise<PreparedOffline> {
  const [outsidePagefind, bundled] = await Promise.all([workbox.find(dist, OFFLINE_GLOB_PARTS.outsidePagefind), bundle]);
  return { outsidePagefind, bundle: bundled };
}

/** Writes sw.js and offline.json into `dist` once Pagefind's files are there; says what the worker lists. Throws when Workbox warns. */
export async function finishOffline(dist: string, { outsidePagefind, bundle }: PreparedOffline, workbox: WorkboxThread): Promise<string> {
  const pagefind = await workbox.find(dist, OFFLINE_GLOB_PARTS.pagefind);
  const listed = [...outsidePagefind.entries, ...pagefind.entries];
  const bytes = { ...outsidePagefind.bytes, ...pagefind.bytes };
  writeFileSync(join(dist, OFFLINE_INDEX_FILE), `${JSON.stringify(offlineIndex(listed, (url) => bytes[url]!))}\n`);
  const index = await workbox.find(dist, { ...OFFLINE_GLOB, globPatterns: [OFFLINE_INDEX_FILE] });
  const sha256 = { ...outsidePagefind.sha256, ...pagefind.sha256, ...index.sha256 };
  const entries = withIntegrity([...listed, ...index.entries], (url) => sha256[url]!);

  const scratch = mkdtempSync(join(tmpdir(), 'offline-sw-'));
  try {
    const bundled = join(scratch, 'sw.js');
    writeFileSync(bundled, withBuildId(bundle, buildId(listed)));
    await workbox.inject({ swSrc: bundled, swDest: join(dist, 'sw.js'), globDirectory: dist, globPatterns: [], additionalManifestEntries: entries });
    const size = outsidePagefind.size + pagefind.size + index.size;
    return `sw.js lists ${entries.length} files, ${(size / 1024 / 1024).toFixed(1)} MiB`;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Writes sw.js and offline.json into `dist`, Pagefind's index written already; says what the worker lists. */
export async function writeOffline(dist: string): Promise<string> {
  const start = startOffline();
  try {
    return await finishOffline(dist, await prepareOffline(dist, start), start.workbox);
  } finally {
    await start.workbox.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(`offline: ${await writeOffline(resolve(process.argv[2] ?? 'dist'))}`);
  } catch (error) {
    console.error(`scripts/offline.ts: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
