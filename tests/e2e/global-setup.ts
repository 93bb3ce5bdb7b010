// Before the end-to-end tests: make sure dist/ exists (npm run build makes it; built here if missing),
// build the second copy under the base path into dist-base/, index both with Pagefind, and serve both with
// the server `npm start` uses, so that the tests see the headers that ship (public/_headers).
// Set E2E_REUSE_BASE_BUILD=1 to keep an existing dist-base/ (faster local reruns).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { serveSite } from '../../scripts/serve.ts';
import { BASE_PATH, sites } from './support/sites';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
}

function build(outDir: string, basePath: string): void {
  run('npx', ['astro', 'build', '--outDir', outDir], { BASE_PATH: basePath });
  run('npx', ['pagefind', '--site', outDir]);
  run('npx', ['tsx', 'scripts/check-headers.ts', outDir]);
}

export default async function globalSetup() {
  if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind-ui.js')) build('dist', '/');
  if (!(process.env.E2E_REUSE_BASE_BUILD && existsSync('dist-base/pagefind/pagefind-ui.js'))) build('dist-base', BASE_PATH);

  const servers = await Promise.all([
    serveSite({ dir: sites.root.dir, port: sites.root.port, base: sites.root.base }),
    serveSite({ dir: sites.based.dir, port: sites.based.port, base: sites.based.base }),
  ]);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
