// @ts-check
// `npm run build [-- astro's options]`: `astro build`, then the steps after the pages (Pagefind's index, the
// offline worker, the headers check: src/lib/publish-steps.mjs) in this process, once Astro's has ended and given
// its memory back. Pagefind's process then no longer runs beside Astro's (at 5,000 questions 1.6 GB beside about
// 0.8–1 GB). Plain JavaScript, so that Node starts it without a TypeScript loader.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadFontsOnDemand } from '../src/lib/astro-fonts-on-demand.mjs';
import { loadSvgoOnDemand } from '../src/lib/astro-svgo-on-demand.mjs';
import { makeViteBuildReusable } from '../src/lib/astro-vite-build.mjs';
import { ASTRO_NODE_OPTIONS, astroBuildEnvironment, astroBuildOutcome } from '../src/lib/build-step.mjs';

const project = fileURLToPath(new URL('..', import.meta.url));
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'astro.js');
// Astro's own time format, so that these lines read like its others.
const time = new Intl.DateTimeFormat([], { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/**
 * Runs `astro build` with this command's arguments; resolves with the output folder its last integration handed
 * over, or with nothing when Astro only printed its help. Tells `searchedPagesWritten` once the pages Pagefind
 * indexes are written, while Astro writes the others.
 * @returns {Promise<{ dist: string; root: string } | undefined>}
 */
function astroBuild(/** @type {(written: { dist: string, root: string }) => void} */ searchedPagesWritten) {
  const child = spawn(process.execPath, [...ASTRO_NODE_OPTIONS, astro, 'build', ...process.argv.slice(2)], {
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: astroBuildEnvironment(process.env),
  });
  /** @type {import('../src/lib/build-step.mjs').PublishHandover | undefined} */
  let handover;
  child.on('message', (/** @type {import('../src/lib/build-step.mjs').PublishHandover | import('../src/lib/build-step.mjs').SearchedPagesWritten} */ message) => {
    if ('searchedPagesWritten' in message) searchedPagesWritten(message.searchedPagesWritten);
    else handover = message;
  });
  // Ctrl+C reaches both processes; a signal sent to this one alone is passed on while Astro runs (then this
  // process ends as Node's default handling would have it).
  /** @param {NodeJS.Signals} signal */
  const passOn = (signal) => child.kill(signal);
  const signals = /** @type {const} */ (['SIGINT', 'SIGTERM']);
  for (const signal of signals) process.on(signal, passOn);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    // 'close', not 'exit': by then the channel has been read to its end, the hand-over included.
    child.on('close', (code, signal) => {
      for (const each of signals) process.off(each, passOn);
      try {
        resolve(astroBuildOutcome({ code, signal, handover, args: process.argv.slice(2) }));
      } catch (error) {
        reject(error);
      }
    });
  });
}

/**
 * The steps after the pages (src/lib/publish-steps.mjs), loaded, with what they make before the site is built: while
 * Astro builds, on the core it leaves free (about 0.2 s less after Astro here).
 */
async function publishSteps() {
  // Imported once Astro has been started: esbuild's API and the rest took 60 ms before it.
  const { importTypeScript } = await import('../src/lib/import-typescript.mjs');
  const steps = /** @type {typeof import('../src/lib/publish-steps.mjs')} */ (
    await importTypeScript(new URL('../src/lib/publish-steps.mjs', import.meta.url), join(project, 'node_modules/.cache/build-steps/'))
  );
  return { publish: steps.publish, searchIndexBeside: steps.searchIndexBeside, tools: await steps.publishTools() };
}

try {
  // Lets a build whose bundles' inputs are unchanged write the last ones back (src/lib/bundle-reuse.mjs).
  // Another Astro than 5.18 keeps its SVGO and font tools' imports: it only starts slower.
  const [reusable] = await Promise.all([
    makeViteBuildReusable(project).catch(() => false),
    loadSvgoOnDemand(project).catch(() => false),
    loadFontsOnDemand(project).catch(() => false),
  ]);
  if (!reusable) console.warn(`${time.format(new Date())} [build] this Astro's bundling cannot be reused: every build bundles (src/lib/astro-vite-build.mjs)`);
  /** @type {Promise<import('../src/lib/publish-steps.mjs').SearchIndexBeside | undefined> | undefined} */
  let beside;
  const building = astroBuild(({ dist, root }) => {
    beside = steps.then(({ searchIndexBeside }) => searchIndexBeside(dist, root));
  });
  const steps = publishSteps();
  steps.catch(() => {}); // met below, once Astro has built the site
  const built = await building;
  if (built) {
    const { publish, tools } = await steps;
    await publish(built.dist, built.root, (step, line) => console.log(`${time.format(new Date())} [${step}] ${line}`), tools, await beside);
  }
} catch (error) {
  // Astro has printed its own failure, and a failed step its problems: only the reason is left to say. By name:
  // the steps' bundle has a class of its own.
  if (!(error instanceof Error && error.name === 'ProblemsListed')) throw error;
  console.error(`${time.format(new Date())} [build] ${error.message}`);
  process.exitCode = 1;
}
