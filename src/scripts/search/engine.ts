// Pagefind's JS API behind one function: loads the index on first use, searches the query as typed and its
// variants (synonyms, US spelling), merging the pages found (the variants after the first results when the
// query as typed fills a screen); offers "Did you mean …" from the handbook's vocabulary, which it fetches
// only when a query finds little or has a word the handbook does not.
import { mergeResults } from '../../lib/search/merge-results';
import { queryVariants, type SynonymGroups } from '../../lib/search/query-variants';
import { suggestQuery, vocabularyOf, type Vocabulary } from '../../lib/search/suggest';
import { unmarkedWords } from '../../lib/search/unmarked-words';
import { href } from '../../lib/url';
import { requestPagefind, type Pagefind, type ResultData } from './pagefind-api';

export type Filters = Record<string, string>;
export type FilterValues = Record<string, Record<string, number>>;
export interface Found {
  /** Pages found, best first. */
  pages: number;
  /** The first few of them, loaded. */
  results: ResultData[];
  /** Loads the next few after the first `shown`. */
  more(shown: number): Promise<ResultData[]>;
  /**
   * Present when these are the pages of the query as typed only: finds those of its variants (synonyms, US
   * spelling) too, merged with them; undefined if `stale` says the reader has moved on meanwhile.
   */
  wider?(stale: () => boolean): Promise<Found | undefined>;
}

/** Results loaded at a time: enough to choose from, few enough to load and draw within a frame. */
const SHOWN = 5;
/** Below this many pages a query probably has a typo, and a suggestion is looked for. */
export const FEW_RESULTS = 3;

export interface Engine {
  find(query: string, filters: Filters): Promise<Found>;
  filterValues(): Promise<FilterValues>;
  /** The query with the words the handbook does not have corrected (suggest.ts), or undefined. */
  suggest(query: string): Promise<string | undefined>;
  /** As suggest, for a query that `found` pages: the vocabulary is fetched only if the index lacks one of its words. */
  correct(query: string, found: Found): Promise<string | undefined>;
}

/** Found for pages ranked best first: the first few loaded, the others on request. */
async function loaded(ranked: ReadonlyArray<{ data(): Promise<ResultData> }>): Promise<Found> {
  // Each result's text is a fragment file of its own: only those shown are fetched.
  const more = (shown: number) => Promise.all(ranked.slice(shown, shown + SHOWN).map((result) => result.data()));
  return { pages: ranked.length, results: await more(0), more };
}

/**
 * Resolves once Pagefind has its index in memory. Pagefind's calls wait for that by checking every 50 ms;
 * empty preloads started 2 ms apart (each returns as soon as the index is there, loading nothing) notice it within 2 ms.
 */
function indexReady(pagefind: Pagefind): Promise<unknown> {
  const probe = (delay: number) => new Promise((resolve) => setTimeout(resolve, delay)).then(() => pagefind.preload(''));
  return Promise.race(Array.from({ length: 25 }, (_, i) => probe(i * 2)));
}

async function load(): Promise<Engine> {
  const [pagefind, synonyms] = await Promise.all([
    requestPagefind(),
    fetchJson<{ groups: SynonymGroups }>('search-synonyms.json').then((file) => file.groups, () => []),
  ]);
  await indexReady(pagefind);
  let vocabulary: Promise<Vocabulary> | undefined;
  const loadVocabulary = async () => {
    vocabulary ??= fetchJson<{ words: string[] }>('search-terms.json').then(({ words }) =>
      vocabularyOf(words, synonyms.flat().flatMap((term) => term.toLowerCase().split(/[\s-]+/))),
    );
    return vocabulary.catch(() => vocabularyOf([]));
  };

  return {
    async find(query, filters) {
      const search = (term: string) => pagefind.search(term, { filters }).then((found) => found?.results ?? []);
      const [literal = query, ...others] = queryVariants(query, synonyms);
      const first = await search(literal);
      const widen = async (stale: () => boolean = () => false) => {
        // The variants' index chunks load together; each search then runs only while the query is still the reader's.
        await Promise.all(others.map((variant) => pagefind.preload(variant, { filters })));
        const searches = [first];
        for (const variant of others) {
          if (stale()) return undefined;
          searches.push(await search(variant));
        }
        return loaded(mergeResults(searches));
      };
      if (others.length === 0) return loaded(first);
      // Each variant is a search of its own, tens of milliseconds for a common word at scale: a query whose own
      // pages fill the first screen shows them at once, and the variants' pages join them after (`wider`).
      if (first.length >= SHOWN) return { ...(await loaded(first)), wider: widen };
      return (await widen())!;
    },
    filterValues: () => pagefind.filters(),
    async suggest(query) {
      return suggestQuery(query, await loadVocabulary());
    },
    async correct(query, found) {
      // Before fetching the vocabulary (34 KB, growing with the handbook), the index says whether a word is there:
      // a word the results mark is (unmarked-words.ts); any other is if searching it quoted, which matches only
      // itself, finds a page. Most queries' words are marked: then no search runs, for the reader's next keystroke
      // to wait behind (a quoted search of a common word took milliseconds at 5,000 questions).
      const checked = unmarkedWords(query, found.results.map((result) => result.excerpt));
      const pages = await Promise.all(checked.map((word) => pagefind.search(`"${word}"`, { filters: {} }).then((result) => result?.results.length ?? 0)));
      if (!pages.includes(0)) return undefined;
      return suggestQuery(query, await loadVocabulary());
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
