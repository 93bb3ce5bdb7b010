// The service worker. scripts/offline.ts bundles it and Workbox injects the build's file list, each file with
// a content hash. A file is cached the first time it is used, and only if its bytes match that hash, so the
// cache never holds a file of another deploy. "Save for offline" (the home page) fetches every file; once a
// reader has saved, the worker of a new deploy fetches the whole new build before it takes over, then drops
// the old files: a reader never sees old and new pages mixed. Pagefind's few files that change with every
// build whatever the commit (scripts/lib/pagefind-by-rule.ts) are cached by rule into a cache of this build.
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { isSearchFile, metaFilesOf, PAGEFIND_ENTRY, pagefindRule, type PagefindRule } from '../../scripts/lib/pagefind-by-rule';
import { PAGEFIND_CACHE_PREFIX, SAVED_CACHE, SAVING_HEADER, SHORT_LINK_CACHE_PREFIX, savedMarkerUrl } from './saved-marker';
import { shortLinkRoute } from './short-link-route';

/** A hash of this build's file list (scripts/offline.ts defines it): equal for two builds of one commit. */
declare const __OFFLINE_BUILD__: string;

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerScope {
  __WB_MANIFEST: PrecacheEntry[];
  registration: { scope: string; update(): Promise<unknown> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
}
const worker = self as unknown as WorkerScope;
const scope = worker.registration.scope;

// Whether the reader saved the whole handbook, as this worker found it when it started, or is saving it now
// (a request of "Save for offline" says so; after it, Pagefind loads its files for the save through here).
let saved: boolean | undefined;
void readerSavedEverything().then((value) => (saved ||= value));

// A reader who has not saved searches straight from the network: search's files (Pagefind's, the synonyms,
// the vocabulary) skip this worker while online, as a worker that looked each one up in its caches, checked
// its hash and stored it added some 50 ms to a first search. Once saved (or offline) they go through the
// routes below, which keep and serve them. Registered before Workbox's routes, so that it can keep them out.
self.addEventListener('fetch', (event) => {
  const { request } = event as Event & { request: Request };
  if (request.headers.has(SAVING_HEADER)) saved = true;
  if (saved === false && navigator.onLine && isSearchFile(new URL(request.url), scope)) event.stopImmediatePropagation();
});

setCacheNameDetails({ prefix: 'cv-handbook' });
const precache = new PrecacheController({ fallbackToNetwork: true });
// Workbox replaces `self.__WB_MANIFEST`, spelled exactly so, with the build's file list.
precache.addToCacheList((self as unknown as WorkerScope).__WB_MANIFEST);
// Query strings (?q=, ?highlight=, Pagefind's ?ts=) only matter to scripts in the page: the file is the same.
registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html', cleanURLs: false }));
// This build's caches beside Workbox's list, each dropped when another build's worker takes over.
const BUILD_CACHE_PREFIXES = [PAGEFIND_CACHE_PREFIX, SHORT_LINK_CACHE_PREFIX];
const buildCache = (prefix: string) => `${prefix}${__OFFLINE_BUILD__}`;
const pagefindCache = buildCache(PAGEFIND_CACHE_PREFIX);
const shortLinkCache = buildCache(SHORT_LINK_CACHE_PREFIX);

// Short links are not in the list: the network answers them, or offline a redirect from the saved short-links.json
// or the page of one opened before.
const shortLinks = shortLinkRoute(precache, scope, shortLinkCache);
registerRoute(shortLinks.match, shortLinks.handler);

// Pagefind adds ?ts= to its entry file: one file whatever the query.
const withoutQuery = { cacheKeyWillBeUsed: async ({ request }: { request: Request }) => request.url.split('?')[0]! };
const pagefindRoute = (rule: PagefindRule) => ({ url }: { url: URL }) => pagefindRule(url, scope) === rule;
// A filter or metadata file's name changes with its content: a cached copy is always the right one.
registerRoute(pagefindRoute('content-hashed'), new CacheFirst({ cacheName: pagefindCache, plugins: [withoutQuery] }));
// The entry file keeps its name across deploys: the network's copy when there is one, else the copy saved last.
// The page fetches the metadata file it names right after it (cache-first above), so the cached entry always
// points at a cached metadata file. A new copy means a new deploy: look for its worker, which replaces all.
registerRoute(
  pagefindRoute('entry'),
  new NetworkFirst({
    cacheName: pagefindCache,
    plugins: [withoutQuery, { cacheDidUpdate: async ({ oldResponse, newResponse }) => lookForNewDeploy(oldResponse, newResponse) }],
  }),
);

async function lookForNewDeploy(cached: Response | undefined | null, fetched: Response): Promise<void> {
  if (cached && (await cached.text()) !== (await fetched.clone().text())) void worker.registration.update();
}

/** Once the reader saved everything: the entry file and the metadata it points at, so that search works offline. */
async function savePagefindIndex(): Promise<void> {
  const cache = await caches.open(pagefindCache);
  const entryUrl = new URL(PAGEFIND_ENTRY, scope).href;
  await cache.add(entryUrl);
  const entry: unknown = await (await cache.match(entryUrl))!.json();
  await cache.addAll(metaFilesOf(entry).map((file) => new URL(file, scope).href));
}

/** Another build's Pagefind files and short links go with its worker. */
async function dropOtherBuildsCaches(): Promise<void> {
  const stale = (await caches.keys()).filter((name) => BUILD_CACHE_PREFIXES.some((prefix) => name.startsWith(prefix) && name !== buildCache(prefix)));
  await Promise.all(stale.map((name) => caches.delete(name)));
}

// A file whose hash no longer matches belongs to a newer deploy: serve it from the network uncached, and
// look for the new worker that knows it.
setCatchHandler(async ({ request }) => {
  void worker.registration.update();
  return fetch(request);
});

async function readerSavedEverything(): Promise<boolean> {
  const cache = await caches.open(SAVED_CACHE);
  return (await cache.match(savedMarkerUrl(scope))) !== undefined;
}

// The filter files are not fetched here (only Pagefind's WebAssembly can read their names from the metadata):
// the home page loads them once this worker is in charge (src/offline/save-offline.ts), and any use caches them.
worker.addEventListener('install', (event) => {
  event.waitUntil(
    readerSavedEverything().then(async (saved) => {
      if (!saved) return;
      await precache.install(event);
      await savePagefindIndex();
    }),
  );
});
worker.addEventListener('activate', (event) => {
  void precache.activate(event);
  event.waitUntil(dropOtherBuildsCaches());
});
// The first worker takes charge of the open page, so that "Save for offline" works without a reload.
clientsClaim();
