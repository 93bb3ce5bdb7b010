// @ts-check
// The steps after Astro's pages, in the build's own process (each used to start a process of its own, with
// TypeScript's start-up every time): Pagefind's index, then the offline service worker (which lists the index),
// then the check that the site's _headers fit what was built. Last of astro.config.mjs's integrations, so that
// every other one has written its files (short links, sitemap.xml) before these read dist/.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { checkHeaders, problemReport } from '../../scripts/check-headers.ts';
import { writeOffline } from '../../scripts/offline.ts';
import { writeSearchIndex } from '../../scripts/search-index.ts';
import { ProblemsListed, secondsSince } from './build-step.mjs';

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
  return {
    name: 'publish',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        /** @param {string} name @param {() => Promise<string> | string} run */
        const step = async (name, run) => {
          const started = performance.now();
          const summary = await run();
          logger.fork(name).info(`${summary} in ${secondsSince(started)} s`);
        };
        collectGarbage();
        await step('pagefind', () => writeSearchIndex(dist, join(root, 'pagefind.yml')));
        await step('offline', () => writeOffline(dist));
        await step('check-headers', () => {
          const { problems, summary } = checkHeaders(dist);
          if (problems.length === 0) return summary;
          process.stderr.write(`${problemReport(problems)}\n`);
          throw new ProblemsListed("the site's _headers would break it (listed above)");
        });
      },
    },
  };
}
