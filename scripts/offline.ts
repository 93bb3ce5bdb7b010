// After astro build and Pagefind (the steps after the pages, src/lib/publish-steps.mjs, or alone:
// `tsx scripts/offline.ts [dist]`): writes the service worker (sw.js, made with Workbox from
// src/offline/service-worker.ts) and offline.json, the file list of "Save for offline".
// Run after Pagefind because the search index is part of what a reader saves.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import type { ManifestEntry } from 'workbox-build';
import { BUILD_ID_MARK, buildId, OFFLINE_GLOB, OFFLINE_INDEX_FILE, offlineIndex, SEARCH_INDEX_GLOB, SITE_GLOB, withBuildId, withIntegrity } from './lib/offline-manifest.ts';

const swSource = resolve(import.meta.dirname, '../src/offline/service-worker.ts');

/**
 * Workbox is loaded with the step's tools (offlineTools), not with astro.config.mjs, which loads this module for
 * every build and `npm run dev` (~0.1 s). It is CommonJS, so required: Vite's config loader allows no import() once
 * the config is loaded. The two functions by their own modules: workbox-build's index also loads generateSW's
 * bundler (~0.45 s).
 */
const require = createRequire(import.meta.url);
const workbox = () => ({
  ...(require('workbox-build/build/get-manifest.js') as typeof import('workbox-build/build/get-manifest.js')),
  ...(require('workbox-build/build/inject-manifest.js') as typeof import('workbox-build/build/inject-manifest.js')),
});

/** What the step needs before the site is built: Workbox's functions and the worker's code, its build not yet named. */
export interface OfflineTools {
  workbox: ReturnType<typeof workbox>;
  worker: string;
}

/** Loads Workbox and bundles the worker: scripts/build.mjs has it done while Astro builds the pages. */
export async function offlineTools(): Promise<OfflineTools> {
  const { outputFiles } = await build({
    entryPoints: [swSource],
    outfile: 'sw.js',
    write: false,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    // Workbox leaves out its development logging in production; the worker names its cache of Pagefind's
    // unlisted files after the build.
    define: { 'process.env.NODE_ENV': '"production"', __OFFLINE_BUILD__: JSON.stringify(BUILD_ID_MARK) },
    logLevel: 'error',
  });
  return { workbox: workbox(), worker: outputFiles[0]!.text };
}

/** Files of dist/ as Workbox lists them: each with its revision, and their bytes together. */
export interface Listing {
  manifestEntries: ManifestEntry[];
  size: number;
}

/** Workbox's listing of `dist` by `glob`; throws when Workbox warns. */
async function listed({ workbox: { getManifest } }: OfflineTools, dist: string, glob: Partial<typeof OFFLINE_GLOB>): Promise<Listing> {
  const { manifestEntries, size, warnings } = await getManifest({ globDirectory: dist, ...OFFLINE_GLOB, ...glob });
  if (warnings.length > 0) throw new Error(warnings.join('\n'));
  return { manifestEntries, size };
}

/** The site's own files for offline reading, without Pagefind's index: listed while Pagefind writes it (publish-steps.mjs). */
export const listSiteFiles = (dist: string, tools: OfflineTools): Promise<Listing> => listed(tools, dist, SITE_GLOB);

/**
 * Writes sw.js and offline.json into `dist`; says what the worker lists. Throws when Workbox warns.
 * @param site listSiteFiles(dist, tools), started already
 */
export async function writeOffline(dist: string, tools?: OfflineTools, site?: Promise<Listing>): Promise<string> {
  const ready = tools ?? (await offlineTools());
  const { injectManifest } = ready.workbox;
  const bytesOf = (url: string) => statSync(join(dist, url)).size;
  const sha256Base64 = (url: string) => createHash('sha256').update(readFileSync(join(dist, url))).digest('base64');
  const [own, searchIndex] = [await (site ?? listSiteFiles(dist, ready)), await listed(ready, dist, SEARCH_INDEX_GLOB)];
  const files = [...own.manifestEntries, ...searchIndex.manifestEntries];
  writeFileSync(join(dist, OFFLINE_INDEX_FILE), `${JSON.stringify(offlineIndex(files, bytesOf))}\n`);
  // The worker lists the same files and offline.json: those are found and hashed once, not walked again by
  // injectManifest (a fifth of the step), which is given the whole list to inject.
  const index = await listed(ready, dist, { globPatterns: [OFFLINE_INDEX_FILE] });
  const entries = withIntegrity([...files, ...index.manifestEntries], sha256Base64);
  const bytes = own.size + searchIndex.size + index.size;

  const scratch = mkdtempSync(join(tmpdir(), 'offline-sw-'));
  try {
    const named = join(scratch, 'sw.js');
    writeFileSync(named, withBuildId(ready.worker, buildId(files)));
    const { warnings } = await injectManifest({ swSrc: named, swDest: join(dist, 'sw.js'), globDirectory: dist, globPatterns: [], additionalManifestEntries: entries });
    if (warnings.length > 0) throw new Error(warnings.join('\n'));
    return `sw.js lists ${entries.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
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
