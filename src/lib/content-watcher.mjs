// @ts-check
// `npm run dev`: while Astro's dev server runs, re-run the converter whenever something under content/
// changes, so an edited correction or a new source shows in the browser. A conversion that fails prints
// its `file:line: message` problems and writes nothing, so the last good pages keep being served.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { resolve, sep } from 'node:path';

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const converter = resolve('scripts/convert.ts');
// Editors often save several files at once; one conversion covers them all.
const SETTLE_MS = 150;

/**
 * @param {string} root the handbook whose content/ is watched and converted
 * @returns {import('astro').AstroIntegration}
 */
export function contentWatcher(root) {
  return {
    name: 'content-watcher',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const content = resolve(root, 'content');
        const generated = resolve(content, 'questions');
        let running = false;
        let pending = false;
        /** @type {NodeJS.Timeout | undefined} */
        let timer;

        const convert = () => {
          if (running) {
            pending = true;
            return;
          }
          running = true;
          const child = spawn(process.execPath, [tsxCli, converter, `--root=${root}`], { stdio: ['ignore', 'pipe', 'pipe'] });
          let out = '';
          let errors = '';
          child.stdout.on('data', (chunk) => (out += chunk));
          child.stderr.on('data', (chunk) => (errors += chunk));
          child.on('close', (code) => {
            if (code === 0) logger.info(out.trim());
            else {
              process.stderr.write(errors.endsWith('\n') ? errors : `${errors}\n`);
              logger.warn('conversion failed; the site keeps serving the last good pages');
            }
            running = false;
            if (pending) {
              pending = false;
              convert();
            }
          });
        };

        server.watcher.add(content);
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(content + sep) || file.startsWith(generated + sep)) return;
          clearTimeout(timer);
          timer = setTimeout(convert, SETTLE_MS);
        });
        convert();
      },
    },
  };
}
