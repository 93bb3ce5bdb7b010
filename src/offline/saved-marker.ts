// Where the page records that the reader saved the whole handbook, so that the service worker of the
// next deploy fetches the whole new build before it takes over. Cache Storage is the one store both see.
export const SAVED_CACHE = 'cv-handbook-offline';

/** The marker's key: a URL in the worker's scope (the site root, with its base path). */
export const savedMarkerUrl = (scope: string) => new URL('offline-saved', scope).href;

/** The worker's caches of Pagefind's unlisted files, one per build (the worker adds its build's id). */
export const PAGEFIND_CACHE_PREFIX = 'cv-handbook-pagefind-';

/** The worker's caches of the short links' pages a reader opened, one per build (short-link-route.ts). */
export const SHORT_LINK_CACHE_PREFIX = 'cv-handbook-short-links-';

/** Request header of the files "Save for offline" fetches: the worker then keeps search's files too (service-worker.ts). */
export const SAVING_HEADER = 'X-Handbook-Saving';
