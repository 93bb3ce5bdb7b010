// @ts-check
// A Node module hook (registered by bundle-reuse-register.mjs in the `astro build` that scripts/build.mjs starts):
// Astro's viteBuild, which bundles the server and browser code, becomes reachable through one global function, so
// that lib/bundle-reuse.mjs can answer it from the last build's output when none of its inputs changed. Astro's
// file is changed only where it reads as expected (astro 5.18); otherwise it loads as it is and every build bundles.

export const STATIC_BUILD = /\/node_modules\/astro\/dist\/core\/build\/static-build\.js$/;
const DECLARATION = 'async function viteBuild(opts) {';
/** The global the integration sets: (opts, viteBuild) => Promise<viteBuild's result>. */
export const REUSE_GLOBAL = 'handbook.bundleReuse';

/** Astro's static-build.js with viteBuild going through the global function when it is set. */
export function withReusableViteBuild(/** @type {string} */ source) {
  if (source.split(DECLARATION).length !== 2 || !/\n {2}viteBuild\n\};\s*$/.test(source)) return source;
  return `${source.replace(DECLARATION, 'async function bundle(opts) {')}
async function viteBuild(opts) {
  const reuse = globalThis[Symbol.for(${JSON.stringify(REUSE_GLOBAL)})];
  return reuse ? reuse(opts, bundle) : bundle(opts);
}
`;
}

/** @type {import('node:module').LoadHook} */
export async function load(url, context, nextLoad) {
  const loaded = await nextLoad(url, context);
  if (!STATIC_BUILD.test(url) || loaded.source === undefined) return loaded;
  return { ...loaded, source: withReusableViteBuild(String(loaded.source)) };
}
