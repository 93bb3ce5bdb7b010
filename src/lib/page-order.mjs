// @ts-check
// Astro writes a static site's pages one route at a time, in the order of the server bundle's page entries (by
// file path). A route whose pages wait on worker threads (the preview cards, card-integration.ts) keeps the
// build's main thread idle while it waits; moved to the end, the other pages are written while the workers work.
// A route whose pages a later step reads (the question pages, which Pagefind indexes) moved to the front lets that
// step start while the other pages are written (routes-written.mjs). bundle-reuse.mjs applies this to what Astro's
// bundling returns, bundled or written back.
import { importAstroFile } from './astro-installed.mjs';

/**
 * Moves the entries whose specifier is in `last` to the end of Astro's page entries, in place; the order is
 * otherwise kept. Returns the specifiers of `last` that have no entry.
 * @param {Map<string, string>} entries Astro's internals.entrySpecifierToBundleMap: specifier -> chunk
 * @param {Set<string>} last
 * @returns {string[]}
 */
export function movePagesLast(entries, last) {
  const moved = [...entries].filter(([specifier]) => last.has(specifier));
  for (const [specifier, chunk] of moved) {
    entries.delete(specifier);
    entries.set(specifier, chunk);
  }
  return [...last].filter((specifier) => !entries.has(specifier));
}

/**
 * Moves the entries whose specifier is in `first` to the front of Astro's page entries, in place, keeping their
 * order and the others'. Returns the specifiers of `first` that have no entry.
 * @param {Map<string, string>} entries Astro's internals.entrySpecifierToBundleMap: specifier -> chunk
 * @param {Set<string>} first
 * @returns {string[]}
 */
export function movePagesFirst(entries, first) {
  movePagesLast(entries, new Set([...entries.keys()].filter((specifier) => !first.has(specifier))));
  return [...first].filter((specifier) => !entries.has(specifier));
}

/**
 * The specifiers Astro gives the page entries of these components (paths from the project root), by the functions
 * Astro names them with.
 * @param {string} root the project, whose Astro names them
 * @param {string[]} components e.g. 'src/pages/cards/[n].png.ts'
 * @returns {Promise<Map<string, string>>} specifier -> component
 */
export async function pageEntrySpecifiers(root, components) {
  const plugins = (/** @type {string} */ name) => importAstroFile(root, `dist/core/build/plugins/${name}`);
  const [{ getVirtualModulePageName }, { ASTRO_PAGE_RESOLVED_MODULE_ID }] = await Promise.all([plugins('util.js'), plugins('plugin-pages.js')]);
  return new Map(components.map((component) => [getVirtualModulePageName(ASTRO_PAGE_RESOLVED_MODULE_ID, component), component]));
}
