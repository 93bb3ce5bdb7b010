// @ts-check
// The steps after Astro's pages (publish-steps.mjs) as the last integration of `astro build`, so that every other
// one has written its files (short links, sitemap.xml) before they read dist/. Under `npm run build`
// (scripts/build.mjs) the integration hands the output folder over instead, and the steps run once Astro's process
// has ended: at 5,000 questions that process still held about 0.8–1 GB while Pagefind's took 1.6 GB beside it.
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { PUBLISH_AFTER_VARIABLE } from './build-step.mjs';
import { publish } from './publish-steps.mjs';

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
        if (process.env[PUBLISH_AFTER_VARIABLE] && process.send) {
          /** @type {import('./build-step.mjs').PublishHandover} */
          const handover = { publish: { dist, root } };
          // Disconnected once sent: an open channel would keep Astro's process alive.
          await new Promise((resolve) => process.send?.(handover, () => resolve(process.disconnect())));
          return;
        }
        collectGarbage();
        await publish(dist, root, (step, line) => logger.fork(step).info(line));
      },
    },
  };
}
