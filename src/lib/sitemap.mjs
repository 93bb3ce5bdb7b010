// @ts-check
// @astrojs/sitemap, imported once a build is done (deferred-integration.mjs): it keeps the routes and the config
// until then, and writes the sitemap then.
import { deferredIntegration } from './deferred-integration.mjs';

/** The integration's hooks, by what they do (tests/unit/deferred-integration.test.ts checks them against its own). */
export const SITEMAP_HOOKS = { record: ['astro:routes:resolved', 'astro:config:done'], work: ['astro:build:done'] };

/** @param {import('@astrojs/sitemap').SitemapOptions} options @returns {import('astro').AstroIntegration} */
export const sitemap = (options) => deferredIntegration('@astrojs/sitemap', SITEMAP_HOOKS, async () => (await import('@astrojs/sitemap')).default(options));
