// Pagefind 1.5 writes its filter indexes, its metadata index and its entry file differently on every build
// (their content and their hashed names; Pagefind issue #638). Listed with their hashes they would make sw.js
// and offline.json differ between two builds of one commit, so they stay out of both lists and the service
// worker caches them by rule instead.

/** Globs (relative to dist/) of Pagefind's files that no list names. */
export const PAGEFIND_UNLISTED_GLOBS = ['pagefind/filter/**', 'pagefind/*.pf_meta', 'pagefind/pagefind-entry.json'];

/** The entry file: a fixed name whose content changes with every deploy. */
export const PAGEFIND_ENTRY = 'pagefind/pagefind-entry.json';

/** `content-hashed`: the name changes with the content, so a cached copy is always right; `entry`: it does not. */
export type PagefindRule = 'content-hashed' | 'entry';

const CONTENT_HASHED = [/^pagefind\/filter\/[^/]+$/, /^pagefind\/[^/]+\.pf_meta$/];

/** `url`'s path from the site root, when it is a request of the site whose root (with its base path) is `scope`. */
function sitePath(url: URL, scope: string): string | undefined {
  const root = new URL(scope);
  if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname)) return undefined;
  return url.pathname.slice(root.pathname.length);
}

/** Which rule caches `url`, a request of the site whose root (with its base path) is `scope`; undefined for other files. */
export function pagefindRule(url: URL, scope: string): PagefindRule | undefined {
  const path = sitePath(url, scope);
  if (path === undefined) return undefined;
  if (path === PAGEFIND_ENTRY) return 'entry';
  return CONTENT_HASHED.some((pattern) => pattern.test(path)) ? 'content-hashed' : undefined;
}

/** The site's own files that only search reads: its synonyms and its vocabulary for "Did you mean". */
const SEARCH_DATA = ['search-synonyms.json', 'search-terms.json'];

/** Whether `url` is a file only search reads: any of Pagefind's, or the site's search data. */
export function isSearchFile(url: URL, scope: string): boolean {
  const path = sitePath(url, scope);
  return path !== undefined && (path.startsWith('pagefind/') || SEARCH_DATA.includes(path));
}

/** The metadata index of each language an entry file points at (`{ languages: { en: { hash } } }`), relative to the site root. */
export function metaFilesOf(entry: unknown): string[] {
  const languages = (entry as { languages?: Record<string, { hash?: unknown }> } | null)?.languages ?? {};
  return Object.values(languages)
    .map((language) => language?.hash)
    .filter((hash): hash is string => typeof hash === 'string' && /^[\w-]+$/.test(hash))
    .map((hash) => `pagefind/pagefind.${hash}.pf_meta`);
}
