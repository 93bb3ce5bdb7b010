// @ts-check
// The steps after Astro's pages, in the build's own process (each used to start a process of its own, with
// TypeScript's start-up every time): Pagefind's index, the offline service worker (which lists the index) and
// the check that the site's _headers fit what was built, the last two partly while Pagefind indexes
// (publish-overlap.mjs). Last of astro.config.mjs's integrations, so that every other one has written its files
// (short links, sitemap.xml) before these read dist/.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startOffline } from '../../scripts/offline.ts';
import { publishBesidePagefind } from './publish-overlap.mjs';

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

/** @returns {import('astro').AstroIntegration} */
export function publishSteps() {
  let root = '';
  /** @type {import('../../scripts/offline.ts').OfflineStart | undefined} */
  let offline;
  return {
    name: 'publish',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      // Workbox's thread loads Workbox and the service worker is bundled while Astro builds: 0.4-0.5 s that
      // otherwise took a share of the cores from Pagefind on the real handbook, where Pagefind takes 0.3 s.
      'astro:build:start': () => {
        offline = startOffline();
      },
      'astro:build:done': async ({ dir, logger }) => {
        collectGarbage();
        await publishBesidePagefind(fileURLToPath(dir), join(root, 'pagefind.yml'), (step, line) => logger.fork(step).info(line), offline);
      },
    },
  };
}
