// The middleware a build renders each page through (publish-integration.mjs adds it): it reports the page's route, so
// that a step after the pages can begin once the route it reads is written (routes-written.mjs). The page goes on
// unchanged.
import type { MiddlewareHandler } from 'astro';
import { routeTracker } from './routes-written.mjs';

const pageRendered = routeTracker();

export const onRequest: MiddlewareHandler = (context, next) => {
  pageRendered(context.routePattern);
  return next();
};
