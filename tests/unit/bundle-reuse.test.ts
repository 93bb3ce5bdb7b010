// src/lib/bundle-reuse.mjs with Astro itself, on a small site (tests/fixtures/bundle-reuse): a build after a change
// to what its pages read while rendering writes the last build's bundles back, and the site Astro writes when it
// bundles; a change to a file the bundles were made from (a component, a module outside src/, public/) bundles again
// (the tests run in turn on one copy of the site). Either way, the pages render through the site's middleware, and
// the page it lists in pageOrder.first is written first, the one in pageOrder.last last.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { linkPackages } from '../../bench/workspace.ts';
import { makeViteBuildReusable, REUSE_GLOBAL } from '../../src/lib/astro-vite-build.mjs';
import { BUNDLE_CACHE_DIR, bundleReuse } from '../../src/lib/bundle-reuse.mjs';
import { FIXTURES, hookCaller, ROOT } from './helpers';

const ASTRO = join(ROOT, 'node_modules/astro/astro.js');
const REUSED = 'server and browser bundles written back';
/** Its path comes last: Astro would write it last. */
const FIRST_PAGE = 'src/pages/welcome.astro';
/** Its path comes first: Astro would write it first. */
const LAST_PAGE = 'src/pages/about.astro';
/** Listed to be written last, but not a page of the site. */
const GONE_PAGE = 'src/pages/gone.astro';
/** The routes in the order Astro wrote them, from its log (coloured where CI is set). */
const routesWritten = (log: string) => [...stripVTControlCharacters(log).matchAll(/▶ (src\/pages\/\S+)/g)].map((match) => match[1]);

/** The fixture site (kept for the tests in turn) with this project's packages (linked as the bench links them) and both integrations. */
function makeSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'bundle-reuse-'));
  cpSync(join(FIXTURES, 'bundle-reuse'), root, { recursive: true });
  linkPackages(ROOT, root);
  const lib = (name: string) => JSON.stringify(pathToFileURL(join(ROOT, 'src/lib', name)).href);
  writeFileSync(join(root, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import { bundleReuse } from ${lib('bundle-reuse.mjs')};
import { outDirSetAside } from ${lib('out-dir-integration.mjs')};
// Stylesheets as files, as the handbook's are: each page's styles are build state written back.
export default defineConfig({ build: { inlineStylesheets: 'never' }, integrations: [outDirSetAside(), bundleReuse({ keyFiles: [], pageOrder: { first: [${JSON.stringify(FIRST_PAGE)}], last: [${JSON.stringify(LAST_PAGE)}, ${JSON.stringify(GONE_PAGE)}] } })] });
`,
  );
  return root;
}

/** `astro build` of the site (`kept: false` first removes the kept bundles): its log and every file it wrote, by path. */
function build(root: string, { kept = true } = {}): { log: string; files: Record<string, string> } {
  if (!kept) rmSync(join(root, BUNDLE_CACHE_DIR), { recursive: true, force: true });
  const run = spawnSync(process.execPath, [ASTRO, 'build'], { cwd: root, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const log = run.stdout + run.stderr;
  if (run.status !== 0) throw new Error(`astro build failed:\n${log}`);
  const dist = join(root, 'dist');
  const files = readdirSync(dist, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return { log, files: Object.fromEntries(files.map((entry) => [relative(dist, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'utf8')])) };
}

describe('bundleReuse', { timeout: 120_000 }, () => {
  let site: string;
  let first: ReturnType<typeof build>;
  /** The site as the last build that bundled wrote it. */
  let last: ReturnType<typeof build>;
  beforeAll(async () => {
    // As scripts/build.mjs does before any build (the site's packages are this project's).
    expect(await makeViteBuildReusable(ROOT)).toBe(true);
    site = makeSite();
    first = build(site);
  }, 120_000);
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it('writes the bundles back when only what the pages read changed, and the site is the one Astro bundles', () => {
    expect(first.log).not.toContain(REUSED);
    expect(Object.keys(first.files).some((file) => file.endsWith('.css'))).toBe(true);
    writeFileSync(join(site, 'data/site.json'), '{ "name": "editor" }\n');
    const reused = build(site);
    expect(reused.log).toContain(REUSED);
    expect(reused.files['index.html']).toContain('Hello, editor');
    expect(reused.files['index.html']).toContain('<footer>Rendered through /</footer>');
    const bundled = build(site, { kept: false });
    expect(bundled.log).not.toContain(REUSED);
    expect(reused.files).toEqual(bundled.files);
    for (const { log } of [first, reused, bundled]) {
      expect(routesWritten(log)).toEqual([FIRST_PAGE, 'src/pages/index.astro', LAST_PAGE]);
      expect(log).toContain(`${GONE_PAGE} is not a page of this build: nothing is written last in its place`);
    }
    last = bundled;
  });

  it.each([
    { change: 'a component edited', edit: (root: string) => appendFileSync(join(root, 'src/components/Greeting.astro'), '<p>Welcome.</p>\n'), shows: 'Welcome.' },
    { change: 'a module outside src/ edited', edit: (root: string) => writeFileSync(join(root, 'lib/greeting.ts'), 'export const greeting = (name: string): string => `Hi, ${name}`;\n'), shows: 'Hi, ' },
    { change: 'a file added to public/', edit: (root: string) => writeFileSync(join(root, 'public/extra.txt'), 'extra\n'), file: 'extra.txt' },
  ])('bundles again after $change', ({ edit, shows, file }) => {
    edit(site);
    const after = build(site);
    expect(after.log).not.toContain(REUSED);
    if (shows) expect(after.files['index.html']).toContain(shows);
    if (file) expect(Object.keys(after.files)).toContain(file);
    last = after;
  });

  it('writes the last bundling back', () => {
    const again = build(site);
    expect(again.log).toContain(REUSED);
    expect(again.files).toEqual(last.files);
  });

  it('keeps no bundling during which a file it read changed', () => {
    const module = join(site, 'lib/greeting.ts');
    writeFileSync(module, 'export const greeting = (name: string): string => `Hey, ${name}`;\n');
    // As if edited after the bundling started: its modification time is later than that.
    const later = new Date(Date.now() + 3_600_000);
    utimesSync(module, later, later);
    expect(build(site).log).not.toContain(REUSED);
    expect(build(site).log).not.toContain(REUSED);
  });
});

describe('bundleReuse, set up', () => {
  const reuse = () => (globalThis as Record<symbol, unknown>)[Symbol.for(REUSE_GLOBAL)];
  afterEach(() => delete (globalThis as Record<symbol, unknown>)[Symbol.for(REUSE_GLOBAL)]);
  const done = (config: object, buildOutput = 'static') => {
    const warnings: string[] = [];
    hookCaller(bundleReuse({ keyFiles: [] }))('astro:config:done', { config, buildOutput, logger: { warn: (line: string) => warnings.push(line) } });
    return warnings;
  };

  it.each([
    { settings: 'a static site', config: { root: pathToFileURL(`${ROOT}/`) }, reuses: true },
    { settings: 'a server build', config: { root: pathToFileURL(`${ROOT}/`) }, buildOutput: 'server', reuses: false },
  ])('answers viteBuild for $settings: $reuses', ({ config, buildOutput, reuses }) => {
    expect(done(config, buildOutput)).toEqual([]);
    expect(typeof reuse()).toBe(reuses ? 'function' : 'undefined');
  });

  it('says every build bundles when the settings cannot be written as text', () => {
    const config: Record<string, unknown> = { root: pathToFileURL(`${ROOT}/`) };
    config.self = config;
    expect(done(config)).toEqual(['the settings cannot be written as text (a circular value?): every build bundles']);
    expect(reuse()).toBeUndefined();
  });
});
