// @ts-check
// The steps after Astro's pages (publish-steps.mjs) as the last integration of `astro build`, so that every other
// one has written its files (short links, sitemap.xml) before they read dist/. Under `npm run build`
// (scripts/build.mjs) the integration hands the output folder over instead, and the steps run once Astro's process
// has ended: at 5,000 questions that process still held about 0.8–1 GB while Pagefind's took 1.6 GB beside it.
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { PUBLISH_AFTER_VARIABLE } from './build-step.mjs';
import { pagesWrittenInPlace } from './pages-in-place.mjs';
import { publish, searchIndexBeside } from './publish-steps.mjs';
import { onRouteWritten } from './routes-written.mjs';

/**
 * A full garbage collection, so that the heap the pages left behind (3 GB of mostly garbage at 5,000 questions,
 * after /print/) is given back before Pagefind's process starts beside it (1.6 GB at 5,000). Compacting: V8
 * otherwise keeps every page that still holds a live object, and at 5,000 the 0.45 GB left alive was scattered
 * over 1 GB of them.
 */
function collectGarbage() {
  setFlagsFromString('--expose-gc');
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    /** @type {() => void} */ (runInNewContext('gc'))();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
}

/**
 * @param {{ searchedPages?: string }} [options] searchedPages: the component (path from the root) of the pages
 *   Pagefind indexes, the only ones that carry data-pagefind-body: once they are written, Pagefind's step begins while
 *   Astro writes the other pages (routes-written.mjs), in scripts/build.mjs's process under `npm run build`
 * @returns {import('astro').AstroIntegration}
 */
export function publishSteps({ searchedPages } = {}) {
  let root = '';
  /** @type {string | undefined} where Astro writes the pages, when that is the output folder */
  let pagesDir;
  /** @type {string | undefined} */
  let searchedRoute;
  /** @type {import('./publish-steps.mjs').SearchIndexBeside | undefined} */
  let beside;
  const handingOver = () => Boolean(process.env[PUBLISH_AFTER_VARIABLE] && process.send);
  return {
    name: 'publish',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build' && searchedPages) addMiddleware({ entrypoint: new URL('./routes-written-middleware.ts', import.meta.url), order: 'pre' });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        // Pages written elsewhere are copied into the output folder only at the end: nothing begins before that.
        const outDir = fileURLToPath(config.outDir);
        pagesDir = pagesWrittenInPlace(outDir) ? outDir : undefined;
      },
      'astro:routes:resolved': ({ routes }) => {
        searchedRoute = routes.find((route) => route.entrypoint === searchedPages)?.pattern;
      },
      'astro:build:start': () => {
        onRouteWritten((route) => {
          if (route !== searchedRoute || !pagesDir) return;
          /** @type {import('./build-step.mjs').SearchedPagesWritten} */
          const written = { searchedPagesWritten: { dist: pagesDir, root } };
          if (handingOver()) process.send?.(written);
          else beside = searchIndexBeside(pagesDir, root);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        onRouteWritten(undefined);
        const dist = fileURLToPath(dir);
        if (handingOver()) {
          /** @type {import('./build-step.mjs').PublishHandover} */
          const handover = { publish: { dist, root } };
          // Disconnected once sent: an open channel would keep Astro's process alive.
          await new Promise((resolve) => process.send?.(handover, () => resolve(process.disconnect())));
          return;
        }
        collectGarbage();
        await publish(dist, root, (step, line) => logger.fork(step).info(line), undefined, beside);
      },
    },
  };
}
