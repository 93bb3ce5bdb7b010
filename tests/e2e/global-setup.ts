// Before the end-to-end tests: make sure dist/ exists (npm run build makes it; built here if missing),
// build the second copy under the base path into dist-base/, index both with Pagefind, and serve both.
// Set E2E_REUSE_BASE_BUILD=1 to keep an existing dist-base/ (faster local reruns).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { serveStatic } from './support/static-server';
import { BASE_PATH, sites } from './support/sites';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): void {
  execFileSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
}

function build(outDir: string, basePath: string): void {
  run('npx', ['astro', 'build', '--outDir', outDir], { BASE_PATH: basePath });
  run('npx', ['pagefind', '--site', outDir]);
}

export default async function globalSetup() {
  if (!existsSync('dist/index.html') || !existsSync('dist/pagefind/pagefind.js')) build('dist', '/');
  if (!(process.env.E2E_REUSE_BASE_BUILD && existsSync('dist-base/pagefind/pagefind.js'))) build('dist-base', BASE_PATH);

  const servers = await Promise.all([
    serveStatic(sites.root.dir, sites.root.port, sites.root.base),
    serveStatic(sites.based.dir, sites.based.port, sites.based.base),
  ]);
  return async () => {
    await Promise.all(servers.map((server) => server.close()));
  };
}
