// Pagefind asks for its entry file only once its own script has run, and for its WebAssembly and meta index
// only once that entry has arrived: three round trips one after another before a search can start. Asked for
// here, alongside Pagefind's script, they arrive together; Pagefind's own requests are answered by the preloads.
import { href } from '../../lib/url';

interface Entry {
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

function preload(path: string): void {
  // `crossOrigin` makes the preload match Pagefind's fetch() (CORS mode), so the response is reused, not fetched twice.
  document.head.append(Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous', href: href(path) }));
}

/** The index Pagefind picks: the page's language, then its base language, then the largest. */
function indexFor(entry: Entry, language: string): Entry['languages'][string] | undefined {
  const { languages } = entry;
  return languages[language] ?? languages[language.split('-')[0]!] ?? Object.values(languages).sort((a, b) => b.page_count - a.page_count)[0];
}

/** Starts fetching what Pagefind's init fetches; `cacheTag` is the `metaCacheTag` Pagefind is given. */
export async function preloadIndex(cacheTag: string): Promise<void> {
  preload(`pagefind/pagefind-entry.json?ts=${cacheTag}`);
  // A request of its own (no tag), so as not to use up the preload meant for Pagefind.
  const response = await fetch(href('pagefind/pagefind-entry.json'));
  if (!response.ok) return;
  const index = indexFor((await response.json()) as Entry, document.documentElement.lang.toLowerCase() || 'unknown');
  if (!index) return;
  preload(`pagefind/pagefind.${index.hash}.pf_meta`);
  preload(`pagefind/wasm.${index.wasm ?? 'unknown'}.pagefind`);
}
