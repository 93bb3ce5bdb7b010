// @ts-check
// The steps after Astro's pages: Pagefind's index, then the offline service worker (which lists the index), then
// the check that the site's _headers fit what was built. `npm run build` runs them in a process of its own once
// Astro's has ended (scripts/build.mjs), `astro build` alone at its end (publish-integration.mjs).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkHeaders, problemReport } from '../../scripts/check-headers.ts';
import { listSiteFiles, offlineTools, writeOffline } from '../../scripts/offline.ts';
import { writeSearchIndex } from '../../scripts/search-index.ts';
import { ProblemsListed, secondsSince } from './build-step.mjs';
import { pagePaths } from './site-paths.ts';

// The offline worker's list of the site's own files is made while Pagefind indexes them (0.1–0.25 s off the real
// handbook's build) in a handbook of fewer questions than this. The list holds some 40 KB a question while Pagefind's
// process peaks: at 5,000 questions 210 MB, which took the build over its 1.5 GB budget; at 1,000, 40 MB.
const LIST_BESIDE_PAGEFIND_BELOW = 1000;

/** How many question pages the site has: the folders under questions/. */
function questionPages(/** @type {string} */ dist) {
  const folder = join(dist, pagePaths((path) => path).question(''));
  return existsSync(folder) ? readdirSync(folder).length : 0;
}

/**
 * What the steps use that needs no built site: Workbox, loaded, and the offline worker's code. scripts/build.mjs has
 * it made while Astro builds, on the core Astro leaves free.
 */
export const publishTools = offlineTools;

/**
 * Runs the three steps on the built site `dist` of the project at `root`, each logging one line ending in its time
 * (bench/build-time.ts reads them). Throws ProblemsListed once the headers check has printed its problems.
 * @param {string} dist
 * @param {string} root
 * @param {(step: string, line: string) => void} log
 * @param {import('../../scripts/offline.ts').OfflineTools} [tools] publishTools(), made already
 */
export async function publish(dist, root, log, tools) {
  /** @param {string} name @param {() => Promise<string> | string} run */
  const step = async (name, run) => {
    const started = performance.now();
    const summary = await run();
    log(name, `${summary} in ${secondsSince(started)} s`);
  };
  const ready = tools ?? (await publishTools());
  // The site's own files listed while Pagefind indexes them (a small handbook), the index's after.
  const pages = questionPages(dist);
  const siteFiles = pages < LIST_BESIDE_PAGEFIND_BELOW ? listSiteFiles(dist, ready) : undefined;
  siteFiles?.catch(() => {}); // met in the offline step
  await step('pagefind', () => writeSearchIndex(dist, join(root, 'pagefind.yml'), pages));
  await step('offline', () => writeOffline(dist, ready, siteFiles));
  await step('check-headers', () => {
    const { problems, summary } = checkHeaders(dist);
    if (problems.length === 0) return summary;
    process.stderr.write(`${problemReport(problems)}\n`);
    throw new ProblemsListed("the site's _headers would break it (listed above)");
  });
}
