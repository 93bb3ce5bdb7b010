// src/lib/deferred-integration.mjs: an integration imported only when one of its working hooks runs, given then
// what its recording hooks were given before; and @astrojs/sitemap deferred that way (src/lib/sitemap.mjs).
import sitemapIntegration from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { deferredIntegration } from '../../src/lib/deferred-integration.mjs';
import { SITEMAP_HOOKS, sitemap } from '../../src/lib/sitemap.mjs';

type Hook = (params: unknown) => unknown;
const call = (integration: AstroIntegration, hook: string, params: unknown) => (integration.hooks as Record<string, Hook>)[hook]!(params);

/** An integration that notes every call of its hooks. */
function noting(calls: Array<[string, unknown]>): AstroIntegration {
  const hooks = Object.fromEntries(['astro:config:setup', 'astro:config:done', 'astro:build:done'].map((hook) => [hook, (params: unknown) => void calls.push([hook, params])]));
  return { name: 'noting', hooks: hooks as AstroIntegration['hooks'] };
}

describe('deferredIntegration', () => {
  it('loads the integration at its first working hook, then gives it the recorded hooks in their first order, each with its last parameters', async () => {
    const calls: Array<[string, unknown]> = [];
    const load = vi.fn(async () => noting(calls));
    const deferred = deferredIntegration('noting', { record: ['astro:config:setup', 'astro:config:done'], work: ['astro:build:done'] }, load);
    expect(deferred.name).toBe('noting');
    await call(deferred, 'astro:config:setup', { n: 1 });
    await call(deferred, 'astro:config:done', { n: 2 });
    await call(deferred, 'astro:config:setup', { n: 3 });
    expect(load).not.toHaveBeenCalled();
    expect(calls).toEqual([]);

    await call(deferred, 'astro:build:done', { n: 4 });
    await call(deferred, 'astro:build:done', { n: 5 });
    expect(load).toHaveBeenCalledTimes(1);
    expect(calls).toEqual([
      ['astro:config:setup', { n: 3 }],
      ['astro:config:done', { n: 2 }],
      ['astro:build:done', { n: 4 }],
      ['astro:build:done', { n: 5 }],
    ]);
  });

  it('has no hooks but the ones it is told of', () => {
    const deferred = deferredIntegration('noting', { record: ['astro:config:done'], work: ['astro:build:done'] }, async () => noting([]));
    expect(Object.keys(deferred.hooks).sort()).toEqual(['astro:build:done', 'astro:config:done']);
  });
});

describe('@astrojs/sitemap, deferred', () => {
  it("has the integration's own name and hooks", () => {
    const own = sitemapIntegration({});
    expect(sitemap({}).name).toBe(own.name);
    expect([...SITEMAP_HOOKS.record, ...SITEMAP_HOOKS.work].sort()).toEqual(Object.keys(own.hooks).sort());
  });
});
