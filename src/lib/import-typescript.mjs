// @ts-check
// Node 20 cannot import TypeScript, and Astro loads astro.config.mjs with Node's own import() only when that
// succeeds; otherwise it starts a Vite server and transforms the config and every module it imports one by one
// (half a second of CPU in each build). The config's TypeScript comes in through one esbuild bundle instead, as
// the compile workers' does (mdx-compile-pool.ts). Packages stay out of the bundle, imported from where they are
// installed, and each bundled module keeps its own import.meta.url, so that paths it resolves from it still work.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { cachedBundle } from './node-bundle-cache.mjs';

/**
 * Imports of packages as the file URLs they resolve to here: a bundle lives in a cache folder, not beside node_modules.
 * @type {import('esbuild').Plugin}
 */
const packagesWhereInstalled = {
  name: 'packages-where-installed',
  setup(bundler) {
    bundler.onResolve({ filter: /^[^./]/ }, async ({ path, kind, resolveDir, pluginData }) => {
      if (pluginData === packagesWhereInstalled) return undefined;
      const resolved = await bundler.resolve(path, { kind, resolveDir, pluginData: packagesWhereInstalled });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      if (resolved.external) return { path, external: true };
      return { path: pathToFileURL(resolved.path).href, external: true };
    });
  },
};

/**
 * Each of the project's modules sees its own file as import.meta.url, .dirname and .filename (as Vite's config
 * bundler does), not the bundle's.
 * @type {import('esbuild').Plugin}
 */
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(bundler) {
    bundler.onLoad({ filter: /\.(ts|mjs|js)$/ }, async ({ path }) => {
      if (path.includes('/node_modules/')) return undefined;
      const own = { url: pathToFileURL(path).href, dirname: dirname(path), filename: path };
      const text = (await readFile(path, 'utf8')).replace(/\bimport\.meta\.(url|dirname|filename)\b/g, (_, key) => JSON.stringify(own[/** @type {keyof own} */ (key)]));
      return { contents: text, loader: path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

/**
 * One ES module for Node: `entry` with the project's modules it imports, TypeScript compiled.
 * @param {string} entry the entry module's path
 * @returns {Promise<{ code: string, inputs: string[] }>} the bundle's code, and the paths of the files it was made from
 */
export async function bundleForNode(entry) {
  const { outputFiles, metafile } = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    outfile: 'bundle.mjs',
    metafile: true,
    plugins: [packagesWhereInstalled, ownImportMetaUrl],
    logLevel: 'silent',
  });
  // esbuild names them relative to the folder it ran in.
  const inputs = Object.keys(metafile.inputs).map((input) => resolve(input));
  return { code: /** @type {import('esbuild').OutputFile} */ (outputFiles[0]).text, inputs };
}

/**
 * A TypeScript module (and the project's modules it imports), imported with Node's own import().
 * @param {URL} entry the module
 * @param {string} folder where its bundle is kept (node-bundle-cache.mjs; a new bundle under a new query, so that
 * `astro dev` reloading its config gets the code of the moment rather than the module it imported before)
 * @returns {Promise<unknown>} the module's namespace
 */
export async function importTypeScript(entry, folder) {
  const { file, version } = await cachedBundle(fileURLToPath(entry), folder, bundleForNode);
  /** @type {(url: string) => Promise<unknown>} Node's import() even where a module runner (Vite's, Vitest's) rewrites this module's. */
  const nodeImport = createRequire(import.meta.url)('./node-import.cjs');
  return nodeImport(`${pathToFileURL(file).href}?v=${version}`);
}
