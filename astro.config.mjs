// @ts-check
import { createHash } from 'node:crypto';
import { copyFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import mdx from '@astrojs/mdx';
import { importTypeScript } from './src/lib/import-typescript.mjs';
import { staticBuildVite } from './src/lib/static-build-vite.mjs';
import { workerBundles } from './src/lib/worker-bundle-cache.mjs';
import { bundleReuse } from './src/lib/bundle-reuse.mjs';
import { outDirSetAside } from './src/lib/out-dir-integration.mjs';
import { sitemap } from './src/lib/sitemap.mjs';
import { strayAstroFiles } from './src/lib/stray-astro-files.mjs';
import { astroDataStoreClass, saveInOrder } from './src/lib/store-saves-in-order.mjs';

// Not imported statically: then Astro could not import this file natively and would load it through Vite (import-typescript.mjs).
const { contentWatcher, convertOnBuild, dataStoreFile, normaliseBase, previewCards, publishSteps, shikiConfig, shortLinks } =
  /** @type {typeof import('./src/lib/config-typescript.ts')} */ (
    await importTypeScript(new URL('./src/lib/config-typescript.ts', import.meta.url), fileURLToPath(new URL('./node_modules/.cache/astro-config/', import.meta.url)))
  );

// Astro would send every build's and dev server's settings to its telemetry service, after running git to name the
// project: the handbook's commands send nothing anywhere. Astro reads this when it records, once this file is loaded.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

// Before Astro syncs the content: its store's saves must not overtake each other (lib/store-saves-in-order.mjs).
saveInOrder((await astroDataStoreClass(fileURLToPath(new URL('.', import.meta.url)))).prototype);

// What shapes every bundle besides the files it is made of: this file (the workers' own plugins among its settings),
// the lock file (every package's version) and tsconfig.json.
const bundleKeyFiles = [fileURLToPath(import.meta.url), ...['package-lock.json', 'tsconfig.json'].map((name) => fileURLToPath(new URL(name, import.meta.url)))];

/** The pages Pagefind indexes (pagefind.yml), the only ones that carry data-pagefind-body. */
const SEARCHED_PAGES = 'src/pages/questions/[slug].astro';

/** Where the site is published; canonical links, Open Graph URLs and sitemap.xml are built from it. */
export const site = process.env.SITE_URL || 'https://cv-interview-handbook.example.org';
/** Sub-folder the site is served from ('/' or e.g. '/handbook/'). */
const base = normaliseBase(process.env.BASE_PATH);

/** Another handbook's content (CONTENT_ROOT, e.g. tests/fixtures/handbook) instead of this one's. */
const contentRoot = process.env.CONTENT_ROOT ? resolve(process.env.CONTENT_ROOT) : undefined;

// A plain object rather than `defineConfig` from 'astro/config': that module loads Astro's font tools (astro-fonts-on-demand.mjs).
/** @type {import('astro').AstroUserConfig} */
export default {
  site,
  base,
  // Astro keeps its build-time content store in cacheDir: another handbook gets its own, so that building it
  // never leaves entries of the wrong handbook behind for the next build of this one.
  ...(contentRoot && { cacheDir: `./node_modules/.astro/content-${createHash('sha256').update(contentRoot).digest('hex').slice(0, 12)}/` }),
  trailingSlash: 'always',
  // Four pages at a time: while one page renders, others wait for their cards (drawn in worker threads,
  // src/lib/card-integration.ts) or their file writes (page generation at 500 questions, when cards were drawn
  // on this thread and libuv's pool: 27–30 s at 1, 23.5–24 s at 4). Every page is independent.
  build: { format: 'directory', concurrency: 4 },
  markdown: { syntaxHighlight: 'shiki', shikiConfig },
  integrations: [
    mdx(),
    sitemap({
      // The 404 page is not a page to find, nor are the print pages, which repeat the questions (noindex).
      // Short links (/q/…) only redirect: they are not Astro's pages (src/lib/short-links.mjs), so not listed.
      filter: (page) => !/^(404|print(\/[^/]+)?)\/$/.test(new URL(page).pathname.slice(base.length)),
    }),
    sitemapXml(),
    // Before outDirSetAside, which moves the last output away at build:start: the short links are set aside first.
    shortLinks(contentRoot ?? '.'),
    outDirSetAside(),
    strayAstroFiles(),
    staticBuildVite(),
    workerBundles({ keyFiles: bundleKeyFiles }),
    // The question pages first: Pagefind indexes them while the others are written (publishSteps). The preview
    // cards' pages wait for the card workers: written last, the other pages are written meanwhile.
    bundleReuse({ keyFiles: bundleKeyFiles, pageOrder: { first: [SEARCHED_PAGES], last: ['src/pages/cards/[n].png.ts'] } }),
    // Before previewCards, which draws the cards from the converter's pages.
    convertOnBuild(contentRoot ?? '.'),
    contentWatcher(contentRoot ?? '.'),
    previewCards(),
    dataStoreFile(),
    // Last: Pagefind, the offline worker and the headers check read every file the others wrote.
    publishSteps({ searchedPages: SEARCHED_PAGES }),
  ],
  vite: {
    // Keep every script an external file: the only inline scripts are the ones written on purpose.
    build: { assetsInlineLimit: 0 },
    // The search dialog is bundled as a "worker" (components/SearchBox.astro) but imported as a module.
    worker: { format: 'es', plugins: () => [minifyWorkerBundle()] },
    // The benchmark's copies of the project (bench/work/, some 50,000 files after a 5,000-question run) are
    // not this site: watching them kept `npm run dev` from ever listening.
    server: { watch: { ignored: ['**/bench/work/**'] } },
  },
};

/**
 * The search dialog is bundled as a worker from a component (SearchBox.astro), that is in the server build,
 * which Vite does not minify; the reader fetches it when search opens.
 * @returns {import('vite').Plugin}
 */
function minifyWorkerBundle() {
  return {
    name: 'minify-worker-bundle',
    async renderChunk(code) {
      const minified = await transform(code, { minify: true, format: 'esm', target: 'es2022' });
      return { code: minified.code, map: null };
    },
  };
}

/**
 * Crawlers look for /sitemap.xml; @astrojs/sitemap names its index sitemap-index.xml. A sitemap index is a
 * valid sitemap.xml, so publish the same file under that name too.
 * @returns {import('astro').AstroIntegration}
 */
function sitemapXml() {
  return {
    name: 'sitemap-xml',
    hooks: {
      'astro:build:done': async ({ dir }) => copyFile(new URL('sitemap-index.xml', dir), new URL('sitemap.xml', dir)),
    },
  };
}
