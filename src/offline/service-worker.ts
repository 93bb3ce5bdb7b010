// The service worker. scripts/offline.ts bundles it and Workbox injects the build's file list, each file with
// a content hash. A file is cached the first time it is used, and only if its bytes match that hash, so the
// cache never holds a file of another deploy. "Save for offline" (the home page) fetches every file; once a
// reader has saved, the worker of a new deploy fetches the whole new build before it takes over, then drops
// the old files: a reader never sees old and new pages mixed.
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { PrecacheController, PrecacheRoute, type PrecacheEntry } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { SAVED_CACHE, savedMarkerUrl } from './saved-marker';

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface WorkerScope {
  __WB_MANIFEST: PrecacheEntry[];
  registration: { scope: string; update(): Promise<unknown> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
}
const worker = self as unknown as WorkerScope;

setCacheNameDetails({ prefix: 'cv-handbook' });
const precache = new PrecacheController({ fallbackToNetwork: true });
// Workbox replaces `self.__WB_MANIFEST`, spelled exactly so, with the build's file list.
precache.addToCacheList((self as unknown as WorkerScope).__WB_MANIFEST);
// Query strings (?q=, ?highlight=, Pagefind's ?ts=) only matter to scripts in the page: the file is the same.
registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html', cleanURLs: false }));

// A file whose hash no longer matches belongs to a newer deploy: serve it from the network uncached, and
// look for the new worker that knows it.
setCatchHandler(async ({ request }) => {
  void worker.registration.update();
  return fetch(request);
});

async function readerSavedEverything(): Promise<boolean> {
  const cache = await caches.open(SAVED_CACHE);
  return (await cache.match(savedMarkerUrl(worker.registration.scope))) !== undefined;
}

worker.addEventListener('install', (event) => {
  event.waitUntil(readerSavedEverything().then((saved) => (saved ? precache.install(event) : undefined)));
});
worker.addEventListener('activate', (event) => {
  void precache.activate(event);
});
// The first worker takes charge of the open page, so that "Save for offline" works without a reload.
clientsClaim();
