// @ts-check
// Astro bundles the server and browser code on every build (Rollup over some 300 modules and the Astro compiler:
// 2.5 of the real handbook's 9.3 s warm build), though after an edit to the content none of its inputs has
// changed: the pages read the content store from disk (data-store-file.ts). This writes the last build's bundles
// back (bundle-record.mjs) when nothing that made them changed: every file Rollup read (node_modules/ included),
// the listings of their folders, the trees of src/ and public/ (the workers' files among them), Astro's settings,
// the files Astro generates for its virtual modules, the lock file and the other key files. It works once
// scripts/build.mjs has made Astro's viteBuild reusable (astro-vite-build.mjs); until then every build bundles.
// Whichever way the bundles come, the pages listed in `pageOrder.first` are written before the others and those in
// `pageOrder.last` after them (page-order.mjs).
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRecord, restoreRecord, saveRecord } from './bundle-record.mjs';
import { movePagesFirst, movePagesLast, pageEntrySpecifiers } from './page-order.mjs';
import { REUSE_GLOBAL } from './astro-vite-build.mjs';
import { fileDigest, inputsUnchanged, settingsText, sha256 } from './input-digests.mjs';

/** Relative to the project root, beside the workers' bundles (worker-bundle-cache.mjs). */
export const BUNDLE_CACHE_DIR = join('node_modules', '.cache', 'handbook-bundle');
/** Written by Astro's content sync before the bundling, read by its virtual modules (astro 5.18). */
const GENERATED_MODULE_FILES = ['content-modules.mjs', 'content-assets.mjs'];
/** This cache's own code: a record written by other code is not read. */
const OWN_FILES = ['bundle-reuse.mjs', 'bundle-record.mjs', 'astro-vite-build.mjs', 'input-digests.mjs'].map((name) => fileURLToPath(new URL(name, import.meta.url)));

/** Every file under `dir` by its path and digest, as one digest. @param {string} dir */
function treeDigest(dir) {
  if (!existsSync(dir)) return 'missing';
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return sha256(files.map((entry) => join(entry.parentPath, entry.name)).map((path) => `${relative(dir, path)} ${fileDigest(path)}`).sort().join('\n'));
}

/** The settings as text, or undefined when they hold what JSON cannot (a circular value). @param {unknown} config */
function textOf(config) {
  try {
    return settingsText(config);
  } catch {
    return undefined;
  }
}

/** Environment variables Vite puts into the bundles (Astro's prefix). */
const publicEnvironment = () => Object.entries(process.env).filter(([name]) => name.startsWith('PUBLIC_')).sort();

/**
 * The integration: records what each bundling (server and browser) read and wrote, and answers Astro's viteBuild
 * through the global astro-vite-build.mjs gives it.
 * @param {{ keyFiles: string[], pageOrder?: PageOrder }} options  keyFiles: files that shape every bundle besides its
 *   inputs (absolute paths); pageOrder: the components whose pages are written first and last
 * @returns {import('astro').AstroIntegration}
 */
export function bundleReuse({ keyFiles, pageOrder = {} }) {
  /** @type {Set<string>} */
  const moduleIds = new Set();
  /** @type {Set<string>} absolute paths */
  const written = new Set();
  /** @type {import('vite').Plugin} */
  const recorder = {
    name: 'bundle-reuse-record',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler() {
        for (const id of this.getModuleIds()) moduleIds.add(id);
      },
    },
    writeBundle(options, bundle) {
      for (const fileName of Object.keys(bundle)) written.add(join(options.dir ?? '', fileName));
    },
  };
  return {
    name: 'bundle-reuse',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [recorder] } });
      },
      'astro:config:done': ({ config, buildOutput, logger }) => {
        // The settings as text now, before the build runs: Shiki completes its themes in place when it loads.
        const configText = textOf(config);
        if (!configText) logger.warn('the settings cannot be written as text (a circular value?): every build bundles');
        const reuse = configText ? reuser({ config, configText, logger, keyFiles, moduleIds, written }) : undefined;
        /** @type {Record<symbol, unknown>} */ (globalThis)[Symbol.for(REUSE_GLOBAL)] = buildOutput === 'static' ? ordered(reuse, { config, logger, pageOrder }) : undefined;
      },
    },
  };
}

/** @typedef {(opts: any, bundle: (opts: any) => Promise<any>) => Promise<any>} ViteBuild Astro's viteBuild, given its own */
/** @typedef {{ first?: string[], last?: string[] }} PageOrder components (paths from the root) whose pages are written first, and last */

/**
 * `build` (or Astro's own bundling) with the pages of `pageOrder.first` moved to the front of the order Astro writes
 * pages in and those of `pageOrder.last` to its end.
 * @param {ViteBuild | undefined} build
 * @param {{ config: import('astro').AstroConfig, logger: import('astro').AstroIntegrationLogger, pageOrder: PageOrder }} context
 * @returns {ViteBuild | undefined}
 */
function ordered(build, { config, logger, pageOrder: { first = [], last = [] } }) {
  if (first.length + last.length === 0) return build;
  return async (opts, bundle) => {
    const result = await (build ? build(opts, bundle) : bundle(opts));
    const entries = result.internals.entrySpecifierToBundleMap;
    const root = fileURLToPath(config.root);
    for (const [components, move, where] of /** @type {const} */ ([[first, movePagesFirst, 'first'], [last, movePagesLast, 'last']])) {
      const specifiers = await pageEntrySpecifiers(root, components);
      for (const missing of move(entries, new Set(specifiers.keys()))) {
        logger.warn(`${specifiers.get(missing)} is not a page of this build: nothing is written ${where} in its place (astro.config.mjs, pageOrder)`);
      }
    }
    return result;
  };
}

/**
 * @param {{ config: import('astro').AstroConfig, configText: string, logger: import('astro').AstroIntegrationLogger,
 *   keyFiles: string[], moduleIds: Set<string>, written: Set<string> }} context
 */
function reuser({ config, configText, logger, keyFiles, moduleIds, written }) {
  const root = fileURLToPath(config.root);
  /** @type {ViteBuild} */
  return async (opts, bundle) => {
    // Astro empties the output folder itself only when out-dir-integration.mjs does not (a .git inside).
    if (config.vite.build?.emptyOutDir !== false) return bundle(opts);
    const keys = [...keyFiles, ...OWN_FILES].map(fileDigest);
    const folder = join(root, BUNDLE_CACHE_DIR, sha256(settingsText({ configText, mode: opts.runtimeMode, keys, env: publicEnvironment() })));
    const trees = sha256([config.srcDir, config.publicDir].map((url) => treeDigest(fileURLToPath(url))).join('\n'));
    const generated = sha256(GENERATED_MODULE_FILES.map((name) => fileDigest(fileURLToPath(new URL(name, opts.settings.dotAstroDir)))).join('\n'));
    const record = await readRecord(folder);
    // The same pages (an integration may add routes from elsewhere than src/pages/), made from the same files.
    const samePages = (/** @type {import('./bundle-record.mjs').BundleRecord} */ { styles }) =>
      Object.keys(styles).sort().join('\n') === Object.values(opts.allPages).map((/** @type {any} */ page) => page.key).sort().join('\n');
    if (record && record.trees === trees && record.generated === generated && samePages(record) && inputsUnchanged(record)) {
      const restored = await restoreRecord({ opts, record, folder, root }).catch((error) => {
        logger.warn(`bundling again: the last build's bundles could not be written back (${error})`);
      });
      if (restored) {
        logger.info(`server and browser bundles written back from the last build (none of their ${record.inputs.length} inputs changed)`);
        return restored;
      }
    }
    moduleIds.clear();
    written.clear();
    const started = Date.now();
    const result = await bundle(opts);
    // Astro's .astro/ and the output folder list differently after the build than before it.
    const builtFolders = [opts.settings.dotAstroDir, config.outDir].map((url) => fileURLToPath(url).replace(/\/$/, ''));
    const key = { trees, generated, moduleIds, written, started };
    // Not kept is only slower next time: the build goes on.
    await saveRecord({ opts, result, folder, key, root, builtFolders }).catch((error) => logger.warn(`bundles not kept for the next build: ${error}`));
    return result;
  };
}
