// What the search panel knows of Pagefind: the calls it makes, the results it reads, and how it asks the
// page's one Pagefind loader (pagefind-loader.ts) for the instance that loader started.

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
export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: { filters: Record<string, string> }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(term: string, options: { filters: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Asks the loader for Pagefind: the event's detail is a callback that receives it (a promise). */
export const PAGEFIND_EVENT = 'handbook:pagefind';
export type PagefindRequest = CustomEvent<(pagefind: Promise<Pagefind>) => void>;

/** Pagefind, from the page's one loader, whose URL the header's search form gives (SearchBox.astro; search.astro too). */
export async function requestPagefind(): Promise<Pagefind> {
  const url = document.querySelector<HTMLElement>('[data-search-loader]')?.dataset.searchLoader;
  if (!url) throw new Error('search: no Pagefind loader on this page');
  // Resolves once the loader has run, and so listens for PAGEFIND_EVENT.
  await import(/* @vite-ignore */ url);
  let answer: Promise<Pagefind> | undefined;
  document.dispatchEvent(new CustomEvent(PAGEFIND_EVENT, { detail: (pagefind: Promise<Pagefind>) => (answer = pagefind) }));
  return answer ?? Promise.reject(new Error('search: the Pagefind loader did not answer'));
}
