// Names of the files Pagefind fetches, for preloads that its own requests then reuse. Shared by the launcher
// (on every page, so kept small) and the loader (bundled apart): both derive the same names from the page.
import { href } from '../../lib/url';

/**
 * The tag Pagefind adds to its entry file's URL to bypass caches (its `metaCacheTag`): the page load's start,
 * the same in every bundle of one page, so the preload and Pagefind ask for one URL.
 */
export const pagefindCacheTag = () => String(Math.round(performance.timeOrigin));

/** The page's language as Pagefind reads it, which picks its index and its WebAssembly. */
export const pageLanguage = () => document.documentElement.lang.toLowerCase() || 'unknown';

function preload(rel: 'preload' | 'modulepreload', path: string): void {
  // `crossOrigin` makes a fetch preload match Pagefind's fetch() (CORS mode), so the response is reused, not fetched twice.
  const link = Object.assign(document.createElement('link'), { rel, crossOrigin: 'anonymous', href: href(path) });
  if (rel === 'preload') link.as = 'fetch';
  link.dataset.pagefindPreload = '';
  document.head.append(link);
}

/**
 * Asks at once for the files Pagefind fetches first (its script, entry file and WebAssembly), once per page; with
 * `synonyms`, the synonyms the search engine fetches beside them too. Only the launcher preloads those: the engine
 * fetches them itself, and on the search page, where it starts before the loader, a preload made after its fetch
 * would be a second request for them.
 */
export function preloadPagefind({ synonyms = false } = {}): void {
  if (document.querySelector('link[data-pagefind-preload]')) return;
  // Pagefind names its WebAssembly after the language it stems: an index for the page's language has that one.
  const wasm = pageLanguage().split('-')[0];
  preload('modulepreload', 'pagefind/pagefind.js');
  for (const file of [`pagefind/pagefind-entry.json?ts=${pagefindCacheTag()}`, `pagefind/wasm.${wasm}.pagefind`, ...(synonyms ? ['search-synonyms.json'] : [])]) {
    preload('preload', file);
  }
}
