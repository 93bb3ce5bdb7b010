// @ts-check
// The steps after Astro's pages: Pagefind's index, then the offline service worker (which lists the index), then
// the check that the site's _headers fit what was built. `npm run build` runs them in a process of its own once
// Astro's has ended (scripts/build.mjs), `astro build` alone at its end (publish-integration.mjs).
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { cp, rename, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
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

// Pagefind indexes the question pages while Astro writes the others (routes-written.mjs) in a handbook of fewer
// questions than this: its 0.4–0.5 s hidden in a rebuild of the real handbook, which takes about 0.1 s less (both
// cores are mostly busy while Astro writes pages). Larger ones index once Astro's process has ended and
// given its memory back: at 5,000 questions Pagefind's process alone peaks at 1.3 GB.
const INDEX_BESIDE_ASTRO_BELOW = 1000;

// Where Pagefind writes its files while Astro still writes the site, to be moved into it after: at its end Astro
// removes every empty folder of the output folder (cleanServerOutput), once one of Pagefind's as it was being filled,
// and Pagefind's process then never answered. One folder an output folder, so that builds of two never share one.
const besideBundle = (/** @type {string} */ root, /** @type {string} */ dist) =>
  join(root, 'node_modules/.cache/pagefind-beside', createHash('sha256').update(dist).digest('hex').slice(0, 16));

/**
 * @typedef {{ dist: string, pages: number, summary: Promise<string>, place: () => Promise<void> }} SearchIndexBeside
 *   Pagefind's step, begun on `pages` question pages of `dist`; `place` moves its files into the site once both are done
 */

/** Moves the folder `from` to `to`, replacing it; copied where the two are on different disks. @param {string} from @param {string} to */
async function moveFolder(from, to) {
  await rm(to, { recursive: true, force: true });
  await rename(from, to).catch(async (/** @type {NodeJS.ErrnoException} */ error) => {
    if (error.code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  });
}

/** Pagefind's settings, the project's pagefind.yml. @param {string} root */
const pagefindSettings = (root) => join(root, 'pagefind.yml');

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
 * Starts Pagefind's step on the question pages of `dist` while Astro writes its other pages, in a handbook small
 * enough for both processes side by side; undefined in a larger one.
 * @param {string} dist
 * @param {string} root
 * @returns {SearchIndexBeside | undefined}
 */
export function searchIndexBeside(dist, root) {
  const pages = questionPages(dist);
  if (pages >= INDEX_BESIDE_ASTRO_BELOW) return undefined;
  const started = performance.now();
  const bundle = besideBundle(root, dist);
  rmSync(bundle, { recursive: true, force: true });
  const summary = writeSearchIndex(dist, pagefindSettings(root), pages, bundle).then((done) => `${done} (${secondsSince(started)} s, begun beside Astro's last pages)`);
  summary.catch(() => {}); // met in publish()
  return { dist, pages, summary, place: () => moveFolder(bundle, join(dist, 'pagefind')) };
}

/**
 * Pagefind's step on `pages` question pages of `dist`: the one begun beside Astro when it read all of them, its files
 * then moved into the site, else `index()`, once that one has ended.
 * @param {string} dist
 * @param {number} pages
 * @param {SearchIndexBeside | undefined} beside
 * @param {() => Promise<string>} index
 * @returns {Promise<string>}
 */
export async function searchIndexOf(dist, pages, beside, index) {
  if (beside?.dist === dist && beside.pages === pages) {
    const summary = await beside.summary;
    await beside.place();
    return summary;
  }
  await beside?.summary.catch(() => {});
  return index();
}

/**
 * Runs the three steps on the built site `dist` of the project at `root`, each logging one line ending in its time
 * (bench/build-time.ts reads them). Throws ProblemsListed once the headers check has printed its problems.
 * @param {string} dist
 * @param {string} root
 * @param {(step: string, line: string) => void} log
 * @param {import('../../scripts/offline.ts').OfflineTools} [tools] publishTools(), made already
 * @param {SearchIndexBeside} [beside] Pagefind's step, started while Astro wrote its last pages
 */
export async function publish(dist, root, log, tools, beside) {
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
  await step('pagefind', () => searchIndexOf(dist, pages, beside, () => writeSearchIndex(dist, pagefindSettings(root), pages)));
  await step('offline', () => writeOffline(dist, ready, siteFiles));
  await step('check-headers', () => {
    const { problems, summary } = checkHeaders(dist);
    if (problems.length === 0) return summary;
    process.stderr.write(`${problemReport(problems)}\n`);
    throw new ProblemsListed("the site's _headers would break it (listed above)");
  });
}
