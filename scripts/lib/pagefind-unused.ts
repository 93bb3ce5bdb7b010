// Pagefind writes three ready-made search interfaces beside its JavaScript API: pagefind-ui, pagefind-modular-ui and
// pagefind-component-ui, each a .js and a .css (about 420 KB). The site's search dialog uses the API (pagefind.js,
// its worker and WebAssembly) and pagefind-highlight.js only; no page links the interfaces, so a build leaves them out.
const READY_MADE_UI = /^pagefind-(?:component-|modular-)?ui\.(?:js|css)$/;

/** The files among `names` (of Pagefind's output folder, not its subfolders) that the site never loads. */
export function unusedPagefindFiles(names: readonly string[]): string[] {
  return names.filter((name) => READY_MADE_UI.test(name));
}
