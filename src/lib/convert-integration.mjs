// @ts-check
// `astro build` converts content/ first, in its own process (as `npm run dev` does, content-watcher.mjs), so
// that the pages it builds and the cards drawn from them are the converter's output of this moment. Problems
// print as `npm run convert` prints them and fail the build before anything else runs.
import { cacheDirOf, conversionSummary, convertInto, problemReport } from '../../scripts/convert.ts';
import { isContentProblem } from '../../scripts/lib/errors.ts';
import { ProblemsListed, secondsSince } from './build-step.mjs';
import { installConvertedHandbook } from './converted-handbook.ts';

/**
 * Before every other integration that reads the pages (the preview cards are drawn from them).
 * @param {string} root the handbook whose content/ is converted
 * @returns {import('astro').AstroIntegration}
 */
export function convertOnBuild(root) {
  return {
    name: 'convert',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build') return;
        const started = performance.now();
        try {
          const conversion = convertInto(root, cacheDirOf(root));
          // The data endpoints serve this conversion's data rather than reading content/ again (handbook-data.ts).
          installConvertedHandbook(conversion.handbookText);
          logger.info(`${conversionSummary(conversion)} in ${secondsSince(started)} s`);
        } catch (error) {
          if (!isContentProblem(error)) throw error;
          process.stderr.write(`${problemReport(error)}\n`);
          throw new ProblemsListed('the content has problems (listed above); nothing was built');
        }
      },
    },
  };
}
