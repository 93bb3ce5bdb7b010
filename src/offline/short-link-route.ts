// Short links (/q/23/b/) offline. They are not among the saved files: at about nine a question they were three
// quarters of them (567 of 770 files for 50 questions). Online the host answers them as before, and the worker
// keeps each page it answers (a reader who never saves can follow a short link offline that they opened once, as
// any page); offline the worker redirects each to where it leads, read from short-links.json, saved with the rest.
import type { RouteHandlerCallback, RouteMatchCallback } from 'workbox-core';
import type { PrecacheController } from 'workbox-precaching';
import { SHORT_LINK_TARGETS } from '../lib/site-paths';

/** The route with its trailing slash, as short-links.json names it ('q/23/b/'), of a URL under `scope`. */
const routeOf = (url: URL, scope: string) => `${url.origin}${url.pathname}`.slice(scope.length).replace(/([^/])$/, '$1/');

/**
 * Where a short link leads, in full: a hash on the short link itself (#correction-2) is kept, as the short link's
 * page keeps it (src/lib/short-link-html.ts); otherwise the link's own anchor.
 */
function destinationUrl(destination: string, linkHash: string, scope: string): string {
  const to = new URL(destination, scope);
  if (linkHash.length > 1) to.hash = linkHash;
  return to.href;
}

/** `opened`: the cache of the short links' pages opened with this build's worker. */
export function shortLinkRoute(precache: PrecacheController, scope: string, opened: string): { match: RouteMatchCallback; handler: RouteHandlerCallback } {
  const folder = new URL('q/', scope).href;
  return {
    match: ({ url, request }) => request.mode === 'navigate' && url.href.startsWith(folder),
    handler: async ({ request, url, event }) => {
      const route = routeOf(url, scope);
      // One entry a short link, whatever hash it carries: its page applies the hash itself.
      const key = new URL(route, scope).href;
      try {
        const response = await fetch(request);
        // Kept after the page is answered (from a copy taken before its body is read); a redirect (the host adding
        // the trailing slash) is not a page.
        if (response.ok) {
          const page = response.clone();
          event.waitUntil(caches.open(opened).then((cache) => cache.put(key, page)));
        }
        return response;
      } catch (offline) {
        const targets = await precache.matchPrecache(new URL(SHORT_LINK_TARGETS, scope).href);
        const destination = targets && ((await targets.json()) as Record<string, string>)[route];
        if (destination) return Response.redirect(destinationUrl(destination, url.hash, scope), 302);
        // Not saved, nor opened before: the network's error, as for any page never opened.
        const page = await (await caches.open(opened)).match(key);
        if (!page) throw offline;
        return page;
      }
    },
  };
}
