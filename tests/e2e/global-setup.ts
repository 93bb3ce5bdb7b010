// Before the end-to-end tests: make sure dist/ exists (npm run build makes it; built here if missing),
// build the second copy under the base path into dist-base/, the fixture handbook into dist-fixture/ and the
// handbook that prints one topic a page, under the base path, into dist-print-by-topic/ (each as `npm run build`
// does: scripts/build.mjs converts, builds, indexes with Pagefind and writes the service worker), and serve all
// four with the server `npm start` uses, so that the tests see the headers that ship (public/_headers).
// Set E2E_REUSE_BASE_BUILD=1 to keep existing dist-base/, dist-fixture/ and dist-print-by-topic/ builds (faster local reruns).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { serveSite } from '../../scripts/serve.ts';
import { BASE_PATH, FIXTURE_ROOT, fixtureSite, PRINT_BY_TOPIC_ROOT, printByTopicSite, REPEAT_DIR, sites } from './support/sites';

/** Runs `command` (its errors shown as they come, its standard output once it has ended); returns that output. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const output = execFileSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, ...env } });
  process.stdout.write(output);
  return output;
}

/** `npm run build`'s command (scripts/build.mjs) into `outDir`, or `astro build` alone, which runs the same steps in its own process; its log. */
function build(outDir: string, basePath: string, env: NodeJS.ProcessEnv = {}, command = ['scripts/build.mjs']): string {
  return run('node', [...command, '--outDir', outDir], { BASE_PATH: basePath, ...env });
}

const reuse = (dir: string) => process.env.E2E_REUSE_BASE_BUILD && existsSync(`${dir}/sw.js`);

export default async function globalSetup() {
  if (!existsSync('dist/index.html') || !existsSync('dist/sw.js')) build('dist', '/');
  if (!reuse('dist-base')) build('dist-base', BASE_PATH);
  if (!reuse('dist-fixture')) {
    // Another handbook through the same converter and site: only its content root differs.
    build('dist-fixture', '/', { CONTENT_ROOT: FIXTURE_ROOT });
  }
  if (!reuse(printByTopicSite.dir)) build(printByTopicSite.dir, BASE_PATH, { CONTENT_ROOT: PRINT_BY_TOPIC_ROOT });
  // A second build of the same commit, compared with dist/ by deterministic-build.spec.ts. Built here rather
  // than in the test, so that no build runs while the dev-loop test's dev server rewrites .astro/. By `astro build`
  // alone, so that the comparison also shows it writes the site `npm run build` does; twice: the second writes the
  // first's bundles back (lib/bundle-reuse.mjs, once `npm run build` has made Astro's bundling reusable), and the
  // comparison shows that changes nothing either.
  const astroAlone = ['node_modules/astro/astro.js', 'build'];
  build(REPEAT_DIR, '/', {}, astroAlone);
  const again = build(REPEAT_DIR, '/', {}, astroAlone);
  if (!again.includes('bundles written back')) throw new Error(`${REPEAT_DIR}: the second build bundled again rather than write the first's bundles back`);

  const servers = await Promise.all([
    serveSite({ dir: sites.root.dir, port: sites.root.port, base: sites.root.base }),
    serveSite({ dir: sites.based.dir, port: sites.based.port, base: sites.based.base }),
    serveSite({ dir: fixtureSite.dir, port: fixtureSite.port, base: fixtureSite.base }),
    serveSite({ dir: printByTopicSite.dir, port: printByTopicSite.port, base: printByTopicSite.base }),
  ]);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
