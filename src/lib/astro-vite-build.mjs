// @ts-check
// Astro's viteBuild, which bundles the server and browser code, made reachable through one global function, so that
// lib/bundle-reuse.mjs can answer it from the last build's output when none of its inputs changed. scripts/build.mjs
// changes Astro's installed file before it starts `astro build` (astro-installed.mjs). Only Astro's file as it reads
// in Astro 5.18 is changed; another version is left as it is, and every build bundles.
import { astroFile, changeInstalledFile, occursOnce } from './astro-installed.mjs';

const DECLARATION = 'async function viteBuild(opts) {';
/** The global the integration sets: (opts, viteBuild) => Promise<viteBuild's result>. */
export const REUSE_GLOBAL = 'handbook.bundleReuse';
const WRAPPER = `
async function viteBuild(opts) {
  const reuse = globalThis[Symbol.for(${JSON.stringify(REUSE_GLOBAL)})];
  return reuse ? reuse(opts, bundle) : bundle(opts);
}
`;

/** Astro's static-build.js with viteBuild going through the global function when it is set (changed once). */
export function withReusableViteBuild(/** @type {string} */ source) {
  if (source.endsWith(WRAPPER)) return source;
  if (!occursOnce(source, DECLARATION) || !/\n {2}viteBuild\n\};\s*$/.test(source)) return source;
  return `${source.replace(DECLARATION, 'async function bundle(opts) {')}${WRAPPER}`;
}

/** Astro's static-build.js as installed for the project at `root`. @param {string} root */
export const staticBuildFile = (root) => astroFile(root, 'dist/core/build/static-build.js');

/**
 * Makes the installed Astro's viteBuild reusable; true once it is (now or before), false for another version.
 * @param {string} root
 */
export async function makeViteBuildReusable(root) {
  return (await changeInstalledFile(staticBuildFile(root), withReusableViteBuild)).endsWith(WRAPPER);
}
