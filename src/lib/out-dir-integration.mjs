// @ts-check
// Astro empties the output folder file by file, synchronously, before it bundles: on a disk that discards
// deleted blocks that held the build up 0.6–3 s for the ~1,400 entries of the last build. Instead the old
// folder is moved aside in one rename and removed while the build runs; the build waits for it at the end.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

const ASIDE = 'old-out-dir-';

/**
 * Removes the folders on a thread of its own. fs.rm's deletions, each a request to libuv's threadpool, filled it,
 * and the build's own file reads waited behind them: 0.1–0.2 s of a rebuild here before its bundles were written back.
 * @param {string[]} dirs
 * @returns {Promise<void>}
 */
function removeOnOwnThread(dirs) {
  const code = "const { rmSync } = require('node:fs'); for (const dir of require('node:worker_threads').workerData) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });";
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: dirs });
    worker.once('error', reject);
    worker.once('exit', (exitCode) => (exitCode === 0 ? resolve() : reject(new Error(`removing ${dirs.join(', ')} stopped (exit code ${exitCode})`))));
  });
}

/** @returns {import('astro').AstroIntegration} */
export function outDirSetAside() {
  /** @type {{ outDir: string; cacheDir: string } | undefined} */
  let dirs;
  /** @type {Promise<unknown> | undefined} */
  let removing;
  return {
    name: 'out-dir-set-aside',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const outDir = fileURLToPath(config.outDir);
        // Astro keeps a .git in the output folder (a site published from its own branch): leave that case to Astro.
        if (command !== 'build' || existsSync(join(outDir, '.git'))) return;
        dirs = { outDir, cacheDir: fileURLToPath(config.cacheDir) };
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:build:start': async () => {
        if (!dirs) return;
        const { outDir, cacheDir } = dirs;
        await mkdir(cacheDir, { recursive: true });
        // What a build that stopped half-way left aside goes too.
        const aside = (await readdir(cacheDir)).filter((name) => name.startsWith(ASIDE)).map((name) => join(cacheDir, name));
        const current = join(cacheDir, `${ASIDE}${process.pid}`);
        try {
          await rename(outDir, current);
          aside.push(current);
        } catch (error) {
          const code = /** @type {NodeJS.ErrnoException} */ (error).code;
          // Nothing to move, or another file system: empty it in place, as Astro would.
          if (code !== 'ENOENT') await rm(outDir, { recursive: true, force: true });
        }
        removing = removeOnOwnThread(aside);
        removing.catch(() => {}); // met at build:done, once the pages are written
      },
      'astro:build:done': async () => {
        await removing;
      },
    },
  };
}
