// @ts-check
import { copyFile } from 'node:fs/promises';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { shikiConfig } from './src/lib/shiki.mjs';

/** Where the site is published; canonical links, Open Graph URLs and sitemap.xml are built from it. */
const site = process.env.SITE_URL || 'https://cv-interview-handbook.example.org';
/** Sub-folder the site is served from ('/' or e.g. '/handbook/'). */
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: { syntaxHighlight: 'shiki', shikiConfig },
  integrations: [
    mdx(),
    sitemap({
      // Short links (/q/…) only redirect, and the 404 page is not a page to find.
      filter: (page) => !/\/q\/\d+\//.test(new URL(page).pathname) && !new URL(page).pathname.endsWith('/404/'),
    }),
    sitemapXml(),
  ],
  vite: {
    // Keep every script an external file: the only inline scripts are the ones written on purpose.
    build: { assetsInlineLimit: 0 },
    // The search dialog is bundled as a "worker" (components/SearchBox.astro) but imported as a module.
    worker: { format: 'es' },
  },
});

/** @param {string | undefined} value */
function normaliseBase(value) {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
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
