// Pagefind's JS API behind one function: loads the index on first use, runs a query once per variant
// (synonyms, US spelling) and merges the pages found, then offers "Did you mean …" from the handbook's
// vocabulary, which it fetches only when a query finds little.
import { HIGHLIGHT_PARAM } from '../../lib/search/highlight-param';
import { queryVariants, type SynonymGroups } from '../../lib/search/query-variants';
import { suggestQuery, vocabularyOf, type Vocabulary } from '../../lib/search/suggest';
import { href } from '../../lib/url';
import { preloadIndex } from './index-preload';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; topic?: string };
  sub_results: SubResult[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
export type Filters = Record<string, string>;
export type FilterValues = Record<string, Record<string, number>>;
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterValues>;
  search(term: string, options: { filters: Filters }): Promise<{ results: PagefindResult[] } | null>;
}

export interface Found {
  /** Pages found, best first, for every variant of the query. */
  pages: number;
  /** The first few of them, loaded. */
  results: ResultData[];
  /** Loads the next few after the first `shown`. */
  more(shown: number): Promise<ResultData[]>;
}

/** Results loaded at a time: enough to choose from, few enough to load and draw within a frame. */
const SHOWN = 5;
/** Below this many pages a query probably has a typo, and a suggestion is looked for. */
export const FEW_RESULTS = 3;

export interface Engine {
  find(query: string, filters: Filters): Promise<Found>;
  filterValues(): Promise<FilterValues>;
  suggest(query: string): Promise<string | undefined>;
}

/**
 * Resolves once Pagefind has its index in memory. Pagefind's calls wait for that by checking every 50 ms;
 * empty searches started 10 ms apart (each returns as soon as the index is there) notice it within 10 ms.
 */
function indexReady(pagefind: Pagefind): Promise<unknown> {
  const probe = (delay: number) => new Promise((resolve) => setTimeout(resolve, delay)).then(() => pagefind.search('', { filters: {} }));
  return Promise.race([0, 10, 20, 30, 40].map(probe));
}

async function load(): Promise<Engine> {
  // Pagefind adds this tag to its entry file's URL to bypass caches; the preloads must ask for the same URL.
  const cacheTag = String(Date.now());
  void preloadIndex(cacheTag).catch(() => undefined);
  const [pagefind, synonyms] = await Promise.all([
    import(/* @vite-ignore */ href('pagefind/pagefind.js')) as Promise<Pagefind>,
    fetchJson<{ groups: SynonymGroups }>('search-synonyms.json').then((file) => file.groups, () => []),
  ]);
  // On the main thread: a worker would fetch its own script and compile the WebAssembly a second time
  // before the first result, and the handbook's searches take a few milliseconds.
  await pagefind.options({ baseUrl: href(), highlightParam: HIGHLIGHT_PARAM, excerptLength: 24, noWorker: true, metaCacheTag: cacheTag });
  await pagefind.init();
  await indexReady(pagefind);
  let vocabulary: Promise<Vocabulary> | undefined;

  return {
    async find(query, filters) {
      const searches = await Promise.all(queryVariants(query, synonyms).map((variant) => pagefind.search(variant, { filters })));
      // A page found by several variants keeps its best score.
      const best = new Map<string, PagefindResult>();
      for (const result of searches.flatMap((search) => search?.results ?? [])) {
        const known = best.get(result.id);
        if (!known || known.score < result.score) best.set(result.id, result);
      }
      const ranked = [...best.values()].sort((a, b) => b.score - a.score);
      // Each result's text is a fragment file of its own: only those shown are fetched.
      const more = (shown: number) => Promise.all(ranked.slice(shown, shown + SHOWN).map((result) => result.data()));
      return { pages: ranked.length, results: await more(0), more };
    },
    filterValues: () => pagefind.filters(),
    async suggest(query) {
      vocabulary ??= fetchJson<{ words: string[] }>('search-terms.json').then(({ words }) =>
        vocabularyOf(words, synonyms.flat().flatMap((term) => term.toLowerCase().split(/[\s-]+/))),
      );
      return suggestQuery(query, await vocabulary.catch(() => vocabularyOf([])));
    },
  };
}

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(href(path));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let engine: Promise<Engine> | undefined;

/** The search engine, loaded once per page (the first call starts loading Pagefind and its index). */
export function loadEngine(): Promise<Engine> {
  engine ??= load();
  engine.catch(() => (engine = undefined));
  return engine;
}
