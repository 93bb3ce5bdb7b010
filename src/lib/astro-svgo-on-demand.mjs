// @ts-check
// Astro's SVG module imports SVGO as Astro starts, though only an SVG imported as a component with
// `experimental.svgo` set ever calls it, and this site does neither: importing SVGO and the CSS tools it uses took
// about 0.3 s of every start of Astro here. scripts/build.mjs changes Astro's installed module (astro-installed.mjs) so
// that SVGO's CommonJS build is required on the first call instead. Only the import as Astro 5.18 writes it is changed.
import { astroFile, changeInstalledFile, occursOnce } from './astro-installed.mjs';

const IMPORT = 'import { optimize } from "svgo";\n';
const ON_DEMAND = 'import { createRequire } from "node:module";\nconst optimize = (...args) => createRequire(import.meta.url)("svgo").optimize(...args);\n';

/** Astro's svg.js with SVGO required on demand (changed once); another text is left as it is. @param {string} source */
export const withSvgoOnDemand = (source) => (occursOnce(source, IMPORT) ? source.replace(IMPORT, ON_DEMAND) : source);

/** Astro's svg.js as installed for the project at `root`. @param {string} root */
export const svgModuleFile = (root) => astroFile(root, 'dist/assets/utils/svg.js');

/**
 * Makes the installed Astro require SVGO on demand; true once it does (now or before), false for another version.
 * @param {string} root
 */
export async function loadSvgoOnDemand(root) {
  return (await changeInstalledFile(svgModuleFile(root), withSvgoOnDemand)).includes(ON_DEMAND);
}
