// Pagefind's step begun while Astro writes its last pages: the publish integration asks for it once the searched
// pages' route is written (src/lib/publish-integration.mjs), and the step takes it only when it read every question
// page of the site built, and moves its files into the site then (searchIndexOf, src/lib/publish-steps.mjs).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PUBLISH_AFTER_VARIABLE } from '../../src/lib/build-step.mjs';
import { publishSteps } from '../../src/lib/publish-integration.mjs';
import { searchIndexBeside, searchIndexOf } from '../../src/lib/publish-steps.mjs';
import { onRouteWritten, routeTracker } from '../../src/lib/routes-written.mjs';
import { hookCaller, ROOT } from './helpers';

const SEARCHED = 'src/pages/questions/[slug].astro';
const routes = [
  { entrypoint: 'src/pages/index.astro', pattern: '/' },
  { entrypoint: SEARCHED, pattern: '/questions/[slug]' },
];

describe('the publish integration, under npm run build', () => {
  const sent: unknown[] = [];
  const send = process.send;
  beforeEach(() => {
    process.env[PUBLISH_AFTER_VARIABLE] = '1';
    process.send = ((message: unknown) => sent.push(message) > 0) as typeof process.send;
  });
  afterEach(() => {
    delete process.env[PUBLISH_AFTER_VARIABLE];
    process.send = send;
    sent.length = 0;
    onRouteWritten(undefined);
  });

  /** The integration through its hooks up to the build's start; returns what its middleware was given, if any. */
  function start({ command = 'build', outDir = join(process.cwd(), 'dist/') } = {}, named: { searchedPages?: string } = { searchedPages: SEARCHED }) {
    const call = hookCaller(publishSteps(named));
    const addMiddleware = vi.fn();
    call('astro:config:setup', { command, addMiddleware });
    call('astro:config:done', { config: { root: pathToFileURL('/project/'), outDir: pathToFileURL(outDir) } });
    call('astro:routes:resolved', { routes });
    call('astro:build:start', {});
    return addMiddleware;
  }

  it.each([
    { case: 'the searched pages, then another route', rendered: ['/questions/[slug]', '/'], told: true },
    { case: 'another route, then the searched pages', rendered: ['/', '/questions/[slug]'], told: false },
    { case: 'the searched pages, never followed', rendered: ['/questions/[slug]'], told: false },
  ])('$case: told = $told', ({ rendered, told }) => {
    start();
    const pageRendered = routeTracker();
    for (const route of rendered) pageRendered(route);
    expect(sent).toEqual(told ? [{ searchedPagesWritten: { dist: join(process.cwd(), 'dist/'), root: '/project/' } }] : []);
  });

  it('tells nothing when Astro writes the pages elsewhere (an output folder outside the working directory)', () => {
    start({ outDir: '/srv/handbook/' });
    const pageRendered = routeTracker();
    for (const route of ['/questions/[slug]', '/']) pageRendered(route);
    expect(sent).toEqual([]);
  });

  it.each([
    { case: 'a build', command: 'build', searchedPages: SEARCHED, added: true },
    { case: 'the dev server', command: 'dev', searchedPages: SEARCHED, added: false },
    { case: 'a build with no searched pages named', command: 'build', searchedPages: undefined, added: false },
  ])('$case: the route-reporting middleware is added: $added', ({ command, searchedPages, added }) => {
    const addMiddleware = start({ command }, { searchedPages });
    const middleware = new URL('../../src/lib/routes-written-middleware.ts', import.meta.url);
    expect(addMiddleware.mock.calls).toEqual(added ? [[{ entrypoint: middleware, order: 'pre' }]] : []);
  });
});

describe('searchIndexOf', () => {
  const dist = '/project/dist/';
  /** A step begun beside Astro, with when it ended noted in `events`. */
  const begun = (events: string[], beside: { dist: string; pages: number; fails?: boolean }) => ({
    dist: beside.dist,
    pages: beside.pages,
    summary: new Promise<string>((resolve, reject) => setTimeout(() => (events.push('beside ended'), beside.fails ? reject(new Error('pagefind: failed')) : resolve('50 pages indexed (beside)')), 5)),
    place: async () => void events.push('placed in the site'),
  });

  it.each([
    { case: 'none begun', beside: undefined, result: '50 pages indexed (now)', events: ['indexed now'] },
    { case: 'begun on every question page', beside: { dist, pages: 50 }, result: '50 pages indexed (beside)', events: ['beside ended', 'placed in the site'] },
    { case: 'begun on fewer question pages', beside: { dist, pages: 49 }, result: '50 pages indexed (now)', events: ['beside ended', 'indexed now'] },
    { case: 'begun on another folder', beside: { dist: '/project/.astro/', pages: 50 }, result: '50 pages indexed (now)', events: ['beside ended', 'indexed now'] },
    { case: 'begun on fewer, and failed', beside: { dist, pages: 49, fails: true }, result: '50 pages indexed (now)', events: ['beside ended', 'indexed now'] },
  ])('$case', async ({ beside, result, events }) => {
    const seen: string[] = [];
    const index = async () => (seen.push('indexed now'), '50 pages indexed (now)');
    await expect(searchIndexOf(dist, 50, beside && begun(seen, beside), index)).resolves.toBe(result);
    expect(seen).toEqual(events);
  });

  it('fails as the step begun beside Astro failed, when it was the one to take', async () => {
    const seen: string[] = [];
    await expect(searchIndexOf(dist, 50, begun(seen, { dist, pages: 50, fails: true }), async () => 'unused')).rejects.toThrow('pagefind: failed');
    expect(seen).toEqual(['beside ended']);
  });
});

describe('searchIndexBeside', { timeout: 60_000 }, () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  /** A project with Pagefind's settings and a built site of `pages` question pages (only the first few with a body). */
  function site(pages: number) {
    const root = mkdtempSync(join(tmpdir(), 'search-beside-'));
    made.push(root);
    copyFileSync(join(ROOT, 'pagefind.yml'), join(root, 'pagefind.yml'));
    const dist = join(root, 'dist/');
    for (let n = 1; n <= pages; n++) {
      mkdirSync(join(dist, 'questions', `q${n}`), { recursive: true });
      if (n <= 3) writeFileSync(join(dist, 'questions', `q${n}`, 'index.html'), `<!doctype html><html lang="en"><head><title>Q${n}</title></head><body><main data-pagefind-body><h1>Question ${n}</h1><p>Anchor boxes and convolution ${n}.</p></main></body></html>`);
    }
    return { root, dist };
  }

  it('writes the index outside the site while Astro may still empty its folders, and moves it in when placed', async () => {
    const { root, dist } = site(3);
    const beside = searchIndexBeside(dist, root)!;
    expect(beside).toMatchObject({ dist, pages: 3 });
    await expect(beside.summary).resolves.toMatch(/^3 pages indexed \([\d.]+ s, begun beside Astro's last pages\)$/);
    expect(existsSync(join(dist, 'pagefind'))).toBe(false);
    await beside.place();
    expect(readdirSync(join(dist, 'pagefind'))).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'index', 'fragment']));
    expect(readdirSync(join(root, 'node_modules/.cache/pagefind-beside'))).toEqual([]);
  });

  it('begins nothing in a handbook of 1,000 questions or more', () => {
    const { root, dist } = site(1000);
    expect(searchIndexBeside(dist, root)).toBeUndefined();
  });
});
