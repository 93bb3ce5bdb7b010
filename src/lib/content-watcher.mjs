// @ts-check
// `npm run dev`: while Astro's dev server runs, re-run the converter whenever something under content/
// changes, so an edited correction or a new source shows in the browser. A conversion that fails prints
// its `file:line: message` problems and writes nothing, so the last good pages keep being served.
// The converter runs in this process: starting a TypeScript process per change cost more than converting.
import { resolve, sep } from 'node:path';
import { cacheDirOf, conversionSummary, convertInto } from '../../scripts/convert.ts';
import { isContentProblem } from '../../scripts/lib/errors.ts';

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
        /** @type {NodeJS.Timeout | undefined} */
        let timer;

        const convert = () => {
          try {
            logger.info(conversionSummary(convertInto(root, cacheDirOf(root))));
          } catch (error) {
            // A bug in the converter must not stop the dev server either; it is reported in one line.
            const message = isContentProblem(error) ? error.message : `convert: internal error: ${error instanceof Error ? error.message : String(error)}`;
            process.stderr.write(`${message}\n`);
            logger.warn('conversion failed; the site keeps serving the last good pages');
          }
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
