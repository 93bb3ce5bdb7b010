// @ts-check
// What the build's own steps share (convert-integration.mjs, publish-integration.mjs, scripts/build.mjs): a log
// line ending in their time, which bench/build-time.ts reads, a failure that only says the build stopped, once the
// step has printed its problems one a line, and how `npm run build` starts Astro and takes the output folder over.

/** Set by scripts/build.mjs for the `astro build` it starts, with a channel to hand the output folder over on. */
export const PUBLISH_AFTER_VARIABLE = 'HANDBOOK_PUBLISH_AFTER_ASTRO';

/**
 * The environment of the `astro build` scripts/build.mjs starts: the hand-over's variable, and glibc's allocator
 * kept to two arenas unless this environment says otherwise. Native memory (Buffers, zlib, resvg's in the card
 * workers) spread over up to eight arenas a core, each keeping what it freed: cold builds of 5,000 questions in
 * turn peaked in Astro's process at 1,687 and 1,722 MiB, with two arenas at 1,568 and 1,535, in the same time.
 * @param {NodeJS.ProcessEnv} environment
 * @returns {NodeJS.ProcessEnv}
 */
export const astroBuildEnvironment = (environment) => ({ MALLOC_ARENA_MAX: '2', ...environment, [PUBLISH_AFTER_VARIABLE]: '1' });

/**
 * Node's options for that `astro build`.
 * - V8 lets a heap grow up to four times what its last full collection kept, and in this build that growth is
 *   garbage. Fixed at 100%: cold builds of 5,000 questions, in turn with 150%, peaked in Astro's process at 1,117
 *   and 1,117 MiB against 1,380 and 1,469 (while the pages compile), in 233 and 241 s against 228 and 263 (other
 *   shares: README, "Memory at 5,000 questions").
 * - The young generation starts at its largest (16 MiB a semi-space, as it grows to by itself) rather than growing
 *   there through many small collections: five builds of the real handbook with nothing changed, in turn, took
 *   5.24–7.36 s (median 5.47) against 5.44–7.76 s (median 5.86), with 5 MiB more memory at most.
 */
export const ASTRO_NODE_OPTIONS = ['--heap-growing-percent=100', '--min-semi-space-size=16'];

/** What `astro build` sends scripts/build.mjs once its pages are written (publish-integration.mjs). */
/** @typedef {{ publish: { dist: string; root: string } }} PublishHandover */
/** What it sends before, once the pages Pagefind indexes are written. */
/** @typedef {{ searchedPagesWritten: { dist: string; root: string } }} SearchedPagesWritten */

/** @param {number} started a performance.now() @returns {string} seconds since then, as the log lines give them */
export const secondsSince = (started) => ((performance.now() - started) / 1000).toFixed(2);

/** The problems are printed already, each with its place: Astro adds only that the build stopped, without a stack. */
export class ProblemsListed extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'ProblemsListed';
    this.stack = '';
  }
}

/**
 * What scripts/build.mjs makes of `astro build`'s end: the site to run the steps after the pages on, nothing to do
 * (Astro printed its help), or the reason the build stopped.
 * @param {{ code: number | null, signal: string | null, handover: PublishHandover | undefined, args: string[] }} end
 * @returns {{ dist: string, root: string } | undefined}
 */
export function astroBuildOutcome({ code, signal, handover, args }) {
  if (code !== 0) throw new ProblemsListed(`astro build ${signal ? `stopped by ${signal}` : `failed (exit code ${code})`}`);
  if (handover) return handover.publish;
  if (args.some((argument) => argument === '--help' || argument === '-h')) return undefined;
  throw new ProblemsListed('astro build ended without handing its output folder over (src/lib/publish-integration.mjs)');
}
