// @ts-check
// Astro writes a static site one route at a time: every page of a route is on disk before the next route's first
// page renders (astro/dist/core/build/generate.js awaits each route). So a page of another route tells that the
// route before it is written. A middleware (routes-written-middleware.ts) reports each page's route as it renders, and
// a step that reads one route's pages (Pagefind, the question pages) starts while the other routes are written
// (publish-integration.mjs). The two meet on a global: the middleware runs from the server bundle, the listener from
// the config, two copies of this module.

const LISTENER = Symbol.for('handbook.route-written');

/** @typedef {(route: string) => void} RouteListener told each route pattern ('/questions/[slug]') once its pages are written */

/**
 * Tells `listener` of each route whose pages are all written, from now on in this process; undefined stops that.
 * @param {RouteListener | undefined} listener
 */
export function onRouteWritten(listener) {
  /** @type {Record<symbol, unknown>} */ (globalThis)[LISTENER] = listener;
}

/** @type {RouteListener} */
const tellListener = (route) => /** @type {RouteListener | undefined} */ (/** @type {Record<symbol, unknown>} */ (globalThis)[LISTENER])?.(route);

/**
 * What the middleware calls with the route of each page it sees rendered: when the route changes, the one before is
 * written.
 * @param {RouteListener} [written]
 * @returns {(route: string) => void}
 */
export function routeTracker(written = tellListener) {
  /** @type {string | undefined} */
  let current;
  return (route) => {
    if (route === current) return;
    if (current !== undefined) written(current);
    current = route;
  };
}
