// @ts-check
// Astro's fonts plugin imports its font tools (unifont with css-tree, and fontkitten through @capsizecss/unpack:
// some 150 modules) as Astro starts, though only a site with `experimental.fonts` uses them, in the plugin's
// buildStart; this site has none: about 0.2 s of every start of Astro here. scripts/build.mjs
// changes Astro's installed module (astro-installed.mjs) so that buildStart imports them. Only the imports as
// Astro 5.18 writes them are changed. (astro.config.mjs does not import `astro/config`, whose fontProviders load the
// same tools.)
import { astroFile, changeInstalledFile, occursOnce } from './astro-installed.mjs';

/** The tools only buildStart uses, each imported by name from its module under ./infra/ (the plugin's others load
 * packages Astro loads anyway). */
const TOOLS = [
  ['CapsizeFontMetricsResolver', 'capsize-font-metrics-resolver'],
  ['UnifontFontResolver', 'unifont-font-resolver'],
];
const importOf = (/** @type {string[]} */ [name, module]) => `import { ${name} } from "./infra/${module}.js";\n`;
const BUILD_START = '    async buildStart() {\n';
export const ON_DEMAND = `      const [${TOOLS.map(([name]) => `{ ${name} }`).join(', ')}] = await Promise.all([${TOOLS.map(([, module]) => `import("./infra/${module}.js")`).join(', ')}]);\n`;

/** Astro's vite-plugin-fonts.js with its font tools imported by buildStart (changed once); another text is left as it is. @param {string} source */
export function withFontsOnDemand(source) {
  if (!occursOnce(source, BUILD_START) || !TOOLS.every((tool) => occursOnce(source, importOf(tool)))) return source;
  return TOOLS.reduce((text, tool) => text.replace(importOf(tool), ''), source).replace(BUILD_START, BUILD_START + ON_DEMAND);
}

/** Astro's vite-plugin-fonts.js as installed for the project at `root`. @param {string} root */
export const fontsPluginFile = (root) => astroFile(root, 'dist/assets/fonts/vite-plugin-fonts.js');

/**
 * Makes the installed Astro import its font tools on demand; true once it does (now or before), false for another version.
 * @param {string} root
 */
export async function loadFontsOnDemand(root) {
  return (await changeInstalledFile(fontsPluginFile(root), withFontsOnDemand)).includes(ON_DEMAND);
}
