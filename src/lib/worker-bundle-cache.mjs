// @ts-check
// The `?worker&url` scripts (the search dialog, its Pagefind loader, the correction dialog, the copy actions, the
// passage links) are each bundled by a Rollup build of their own inside every `astro build`, whether or not a file
// they import has changed. This keeps each worker's output, keyed by the files it was bundled from (their digests)
// and the settings that shape it, and on the next build emits the same files and the same URL instead of bundling.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fileDigest, inputsOf, inputsUnchanged, settingsText, sha256, withoutQuery } from './input-digests.mjs';
import { writeWhole } from './write-whole.mjs';

/** Relative to the project root; node_modules/ is never committed, and a fresh clone starts without it. */
export const WORKER_CACHE_DIR = join('node_modules', '.cache', 'handbook-workers');

// Vite's own tests of a module id (vite's plugins/worker.ts): only `?worker&url` is cached; inline workers and
// worker constructors are left to Vite.
const WORKER_URL_RE = /[?&]worker&url$/;
const NESTED_WORKER_RE = /(?:\?|&)(worker|sharedworker)(?:&|$)/;
const CACHED_PREFIX = '\0cached-worker:';

/**
 * @typedef {{ fileName: string, text?: string, base64?: string }} WorkerFile
 * @typedef {import('./input-digests.mjs').Inputs & { entry: string, files: WorkerFile[] }} WorkerRecord
 */

/**
 * What decides a worker's output besides its files: the settings Vite bundles it with, and the files given
 * (the lock file: every package's version; tsconfig.json; the config with the worker's own plugins).
 * @param {import('vite').ResolvedConfig} config
 * @param {string[]} keyFiles
 */
function settingsDigest(config, keyFiles) {
  const settings = {
    base: config.base,
    mode: config.mode,
    build: { assetsDir: config.build.assetsDir, target: config.build.target, minify: config.build.minify, ssr: Boolean(config.build.ssr) },
    worker: { format: config.worker.format, rollupOptions: config.worker.rollupOptions },
    define: config.define,
    env: config.env,
    files: [fileURLToPath(import.meta.url), ...keyFiles].map((file) => [file, fileDigest(file)]),
  };
  return sha256(settingsText(settings));
}

/**
 * Vite's and this cache's way to the worker's URL agree only for an absolute base without renderBuiltUrl,
 * and the cache keeps no source maps.
 * @param {import('vite').ResolvedConfig} config
 */
function cacheable(config) {
  return !config.experimental.renderBuiltUrl && config.base.startsWith('/') && !config.build.sourcemap && !config.build.watch;
}

/**
 * The record in `recordFile` if every file it was bundled from is unchanged.
 * @param {string} recordFile
 * @returns {WorkerRecord | undefined}
 */
function freshRecord(recordFile) {
  /** @type {WorkerRecord} */
  let record;
  try {
    record = JSON.parse(readFileSync(recordFile, 'utf8'));
  } catch {
    // None yet, or removed meanwhile (a cache cleared while a build runs): bundle it.
    return undefined;
  }
  return inputsUnchanged(record) ? record : undefined;
}

/**
 * The URL Vite writes for an emitted worker file (its toOutputFilePathInJS and encodeURIPath, absolute base).
 * @param {import('vite').ResolvedConfig} config
 * @param {string} fileName
 */
function workerUrl(config, fileName) {
  return encodeURI(`${decodeURI(config.base).replace(/\/$/, '')}/${fileName}`);
}

/**
 * Two Vite plugins sharing one cache directory: `plugin` for the build (answers `?worker&url` imports from the
 * cache) and `workerPlugin` for `worker.plugins` (records what each worker bundle was made of and wrote).
 * @param {{ cacheDir: string, keyFiles: string[] }} options  cacheDir absolute
 * @returns {{ plugin: import('vite').Plugin, workerPlugin: () => import('vite').Plugin }}
 */
export function workerBundleCache({ cacheDir, keyFiles }) {
  /** @type {WeakMap<import('vite').ResolvedConfig, string>} once a build: the lock file alone is some 400 KB */
  const digests = new WeakMap();
  /** @param {import('vite').ResolvedConfig} config @param {string} entry */
  const recordFileOf = (config, entry) => {
    if (!digests.has(config)) digests.set(config, settingsDigest(config, keyFiles));
    return join(cacheDir, `${sha256(`${digests.get(config)}\n${entry}`)}.json`);
  };

  /** @type {import('vite').ResolvedConfig} */
  let config;
  /** @type {Map<string, WorkerRecord | undefined>} one answer per worker and build, so a worker is emitted once */
  let answers = new Map();

  /** @type {import('vite').Plugin} */
  const plugin = {
    name: 'worker-bundle-cache',
    apply: 'build',
    enforce: 'pre',
    configResolved(resolved) {
      config = resolved;
    },
    buildStart() {
      answers = new Map();
    },
    async resolveId(source, importer, options) {
      if (!WORKER_URL_RE.test(source) || !cacheable(config)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const entry = withoutQuery(resolved.id);
      if (!answers.has(entry)) answers.set(entry, freshRecord(recordFileOf(config, entry)));
      // Vite's query would make Vite bundle it; the file's name stays last, for Rollup to name the binding after.
      return answers.get(entry) ? `${CACHED_PREFIX}${entry}?cached-worker-url` : resolved;
    },
    load(id) {
      if (!id.startsWith(CACHED_PREFIX)) return null;
      const record = answers.get(withoutQuery(id.slice(CACHED_PREFIX.length)));
      if (!record) throw new Error(`${id}: no cached worker bundle`);
      for (const file of record.files) {
        this.emitFile({ type: 'asset', fileName: file.fileName, source: file.text ?? Buffer.from(file.base64 ?? '', 'base64') });
      }
      return { code: `export default ${JSON.stringify(workerUrl(config, record.entry))}`, map: { mappings: '' } };
    },
  };

  /** @returns {import('vite').Plugin} */
  const workerPlugin = () => {
    /** @type {import('vite').ResolvedConfig & { bundleChain?: string[], mainConfig?: import('vite').ResolvedConfig }} */
    let workerConfig;
    return {
      name: 'worker-bundle-cache-record',
      apply: 'build',
      enforce: 'post',
      configResolved(resolved) {
        workerConfig = resolved;
      },
      generateBundle: {
        // After every other plugin's generateBundle: what is recorded is what Vite emits.
        order: 'post',
        async handler(_options, bundle) {
          const mainConfig = workerConfig.mainConfig;
          const chain = workerConfig.bundleChain ?? [];
          // Only a worker imported by the build itself: one inside another worker is bundled with that one.
          const entry = chain.length === 1 ? chain[0] : undefined;
          if (!mainConfig || !entry || !cacheable(mainConfig)) return;
          const ids = [...this.getModuleIds()];
          // A worker inside a worker emits its files through Vite's main build: not recorded here.
          if (ids.some((id) => NESTED_WORKER_RE.test(id))) return;
          const entryChunk = Object.values(bundle).find((output) => output.type === 'chunk' && output.isEntry);
          if (!entryChunk) return;
          /** @type {WorkerRecord} */
          const record = {
            ...inputsOf(ids),
            entry: entryChunk.fileName,
            files: Object.values(bundle).map((output) =>
              output.type === 'chunk'
                ? { fileName: output.fileName, text: output.code }
                : typeof output.source === 'string'
                  ? { fileName: output.fileName, text: output.source }
                  : { fileName: output.fileName, base64: Buffer.from(output.source).toString('base64') },
            ),
          };
          // Not kept is only slower next time: the build goes on.
          await writeWhole(recordFileOf(mainConfig, entry), JSON.stringify(record)).catch((error) => this.warn(`worker bundle not cached: ${error}`));
        },
      },
    };
  };

  return { plugin, workerPlugin };
}

/**
 * The cache as an integration, for `astro build` only (`npm run dev` serves workers unbundled).
 * @param {{ keyFiles: string[] }} options  files that shape every worker bundle, absolute paths
 * @returns {import('astro').AstroIntegration}
 */
export function workerBundles({ keyFiles }) {
  return {
    name: 'worker-bundle-cache',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const { plugin, workerPlugin } = workerBundleCache({ cacheDir: join(fileURLToPath(config.root), WORKER_CACHE_DIR), keyFiles });
        updateConfig({ vite: { plugins: [plugin], worker: { plugins: () => [workerPlugin()] } } });
      },
    },
  };
}
