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
import { BUILD_ID_MARK, buildId, OFFLINE_GLOB, OFFLINE_INDEX_FILE, offlineIndex, withBuildId, withIntegrity } from './lib/offline-manifest.ts';

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

/** Writes sw.js and offline.json into `dist`; says what the worker lists. Throws when Workbox warns. */
export async function writeOffline(dist: string, tools?: OfflineTools): Promise<string> {
  const { workbox: { getManifest, injectManifest }, worker } = tools ?? (await offlineTools());
  const bytesOf = (url: string) => statSync(join(dist, url)).size;
  const sha256Base64 = (url: string) => createHash('sha256').update(readFileSync(join(dist, url))).digest('base64');
  const listed = await getManifest({ globDirectory: dist, ...OFFLINE_GLOB, globIgnores: [...OFFLINE_GLOB.globIgnores, OFFLINE_INDEX_FILE] });
  if (listed.warnings.length > 0) throw new Error(listed.warnings.join('\n'));
  writeFileSync(join(dist, OFFLINE_INDEX_FILE), `${JSON.stringify(offlineIndex(listed.manifestEntries, bytesOf))}\n`);
  // The worker lists the same files and offline.json: those are found and hashed once, not walked again by
  // injectManifest (a fifth of the step), which is given the whole list to inject.
  const index = await getManifest({ globDirectory: dist, ...OFFLINE_GLOB, globPatterns: [OFFLINE_INDEX_FILE] });
  if (index.warnings.length > 0) throw new Error(index.warnings.join('\n'));
  const entries = withIntegrity([...listed.manifestEntries, ...index.manifestEntries], sha256Base64);

  const scratch = mkdtempSync(join(tmpdir(), 'offline-sw-'));
  try {
    const named = join(scratch, 'sw.js');
    writeFileSync(named, withBuildId(worker, buildId(listed.manifestEntries)));
    const { warnings } = await injectManifest({ swSrc: named, swDest: join(dist, 'sw.js'), globDirectory: dist, globPatterns: [], additionalManifestEntries: entries });
    if (warnings.length > 0) throw new Error(warnings.join('\n'));
    return `sw.js lists ${entries.length} files, ${((listed.size + index.size) / 1024 / 1024).toFixed(1)} MiB`;
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
