// @ts-check
// The short links (/q/…, src/lib/short-link-pages.ts) outside Astro's page pipeline, where each cost 1–2 ms
// and there are about nine per question: `astro build` writes them once the handbook's data (handbook.json)
// is in the build, and `npm run dev` answers them from the content of the moment, so one function makes
// every short link in both. A build writes only the pages that changed since the last (short-link-files.mjs), and
// short-links.json, where each leads, from which the service worker answers them offline.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { normaliseBase } from '../../scripts/lib/base-path.ts';
import { toHandbookJson } from '../../scripts/lib/handbook-json.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { keptPlace, setShortLinksAside, writeShortLinks } from './short-link-files.mjs';
import { shortLinkPages } from './short-link-pages.ts';
import { SHORT_LINK_TARGETS } from './site-paths.ts';

/** The build's data export, written by src/pages/handbook.json.ts before any integration's build:done. */
const HANDBOOK_JSON = 'handbook.json';

/**
 * The pages as they are written, each one's destination noted in `targets` on the way (a second pass would render
 * every page again: 45,000 at 5,000 questions).
 * @param {Iterable<import('./short-link-pages.ts').ShortLinkPage>} pages @param {Record<string, string>} targets
 */
function* noting(pages, targets) {
  for (const page of pages) {
    targets[page.route] = page.destination;
    yield page;
  }
}

/**
 * Before out-dir-integration.mjs among the integrations: the last build's short links are set aside before it moves
 * the rest of the output away to remove it.
 * @param {string} root the handbook whose content/ the dev server reads
 * @returns {import('astro').AstroIntegration}
 */
export function shortLinks(root) {
  /** @type {{ base: string; site: string }} */
  let where = { base: '/', site: '' };
  /** @type {{ out: string, place: import('./short-link-files.mjs').KeptPlace } | undefined} */
  let output;
  return {
    name: 'short-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('short-links: astro.config needs `site`: short links carry absolute canonical and og: URLs');
        where = { base: normaliseBase(config.base), site: config.site };
        const out = fileURLToPath(config.outDir);
        output = { out, place: keptPlace(fileURLToPath(config.cacheDir), out) };
      },
      'astro:build:start': () => {
        if (output) setShortLinksAside(output.out, output.place);
      },
      'astro:build:done': ({ logger }) => {
        const started = performance.now();
        // Set at config:done, which comes first: a static build's output folder (its `dir` here).
        const { out, place } = /** @type {NonNullable<typeof output>} */ (output);
        const handbook = JSON.parse(readFileSync(join(out, HANDBOOK_JSON), 'utf8'));
        /** @type {Record<string, string>} */
        const targets = {};
        const { pages, written, removed } = writeShortLinks(out, place, noting(shortLinkPages(handbook, where), targets));
        writeFileSync(join(out, SHORT_LINK_TARGETS), JSON.stringify(targets));
        const changes = written === pages && removed === 0 ? '' : ` (${written} written, ${removed} removed, the others kept)`;
        logger.info(`${pages} pages in ${((performance.now() - started) / 1000).toFixed(2)} s${changes}`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          try {
            // Vite takes the base path off `url` before it calls this; `originalUrl` has it, as the build's paths do.
            const path = decodeURIComponent(new URL(request.originalUrl ?? request.url ?? '/', 'http://dev').pathname);
            if (!path.startsWith(`${where.base}q/`) || !['GET', 'HEAD'].includes(request.method ?? 'GET')) return next();
            const route = path.slice(where.base.length);
            // Read afresh, as handbook.json is in dev, so that an edit shows on the next request.
            for (const page of shortLinkPages(toHandbookJson(loadContent(root)), where)) {
              if (page.route !== route) continue;
              response.setHeader('Content-Type', 'text/html; charset=utf-8');
              return response.end(request.method === 'HEAD' ? undefined : page.html);
            }
            next();
          } catch (error) {
            next(error);
          }
        });
      },
    },
  };
}
