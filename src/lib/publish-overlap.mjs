// @ts-check
// The steps after Astro's pages, side by side where they can be: Pagefind indexes in its own process (one core,
// this thread only passing its answers on), so meanwhile the offline step finds and hashes the files outside
// Pagefind's folder (in a worker thread) and bundles the service worker, then the headers check audits those
// files (here, giving Pagefind's answers their turn). What needs Pagefind's files is done after it, one step
// after the other as before. Each step logs its line ending in the time it added after Pagefind, so that the
// three add up to their wall time, with its work beside Pagefind in parentheses.
import { auditOutsidePagefind, checkHeaders, problemReport } from '../../scripts/check-headers.ts';
import { finishOffline, prepareOffline, startOffline } from '../../scripts/offline.ts';
import { writeSearchIndex } from '../../scripts/search-index.ts';
import { ProblemsListed, secondsSince } from './build-step.mjs';

/**
 * Starts `work`; a failure, even one thrown before its first await, rejects the promise returned.
 * @template T
 * @param {() => Promise<T>} work
 * @returns {Promise<{ value: T, seconds: string }>} its result, with its time
 */
async function timed(work) {
  const started = performance.now();
  const value = await work();
  return { value, seconds: secondsSince(started) };
}

/**
 * A result of Promise.allSettled, or its error thrown.
 * @template T
 * @param {PromiseSettledResult<T>} result
 * @returns {T}
 */
function settled(result) {
  if (result.status === 'rejected') throw result.reason;
  return result.value;
}

/**
 * Runs Pagefind's index, the offline worker and the headers check on the built site in `dist`. Fails as the
 * three one after the other would: with Pagefind's error first, then the offline step's, then the headers'
 * problems, and only once every part has stopped, so that no work is left running.
 * @param {string} dist
 * @param {string} pagefindConfig pagefind.yml
 * @param {(step: string, line: string) => void} log
 * @param {import('../../scripts/offline.ts').OfflineStart} offline the offline step, started with the build when it can be
 */
export async function publishBesidePagefind(dist, pagefindConfig, log, offline = startOffline()) {
  try {
    await publish(dist, pagefindConfig, offline, log);
  } finally {
    await offline.workbox.close();
  }
}

/**
 * @param {string} dist
 * @param {string} pagefindConfig
 * @param {import('../../scripts/offline.ts').OfflineStart} offlineStart
 * @param {(step: string, line: string) => void} log
 */
async function publish(dist, pagefindConfig, offlineStart, log) {
  const started = performance.now();
  const indexing = timed(() => writeSearchIndex(dist, pagefindConfig));
  const preparing = timed(() => prepareOffline(dist, offlineStart));
  // Pagefind takes one core and Workbox's thread the other: the audit follows that thread rather than take a
  // share of Pagefind's core (the two together took less time than Pagefind at every size measured).
  const auditing = preparing.then(() => timed(() => auditOutsidePagefind(dist)));
  const [indexed, offlinePrepared, headersAudited] = await Promise.allSettled([indexing, preparing, auditing]);
  const pagefind = settled(indexed);
  log('pagefind', `${pagefind.value} in ${pagefind.seconds} s`);

  const offlineResumed = performance.now();
  const offline = settled(offlinePrepared);
  const offlineSummary = await finishOffline(dist, offline.value, offlineStart.workbox);
  log('offline', `${offlineSummary} (${offline.seconds} s of work beside Pagefind) in ${secondsSince(offlineResumed)} s`);

  const headersResumed = performance.now();
  const outsidePagefind = settled(headersAudited);
  const { problems, summary } = await checkHeaders(dist, outsidePagefind.value);
  if (problems.length > 0) {
    process.stderr.write(`${problemReport(problems)}\n`);
    throw new ProblemsListed("the site's _headers would break it (listed above)");
  }
  log('check-headers', `${summary} (${outsidePagefind.value.size} files audited beside Pagefind in ${outsidePagefind.seconds} s) in ${secondsSince(headersResumed)} s`);
  log('publish', `Pagefind, the offline worker and the headers check together in ${secondsSince(started)} s`);
}
