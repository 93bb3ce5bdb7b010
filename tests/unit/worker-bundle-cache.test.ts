// src/lib/worker-bundle-cache.mjs: an unchanged `?worker&url` script is not bundled again, and a build served from
// the cache writes the same bytes as Vite's own; a changed file it imports, a file added where an import now
// resolves to, or other settings bundle it again.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build, type Plugin } from 'vite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { workerBundleCache } from '../../src/lib/worker-bundle-cache.mjs';
import { FIXTURES } from './helpers';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'worker-bundle-'));
  cpSync(join(FIXTURES, 'worker-bundle'), join(root, 'src'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every file a build wrote, by path. */
function filesIn(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(files.map((entry) => [relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name), 'utf8')]));
}

/** Builds the fixture (with the cache or without), returning what it wrote and how many workers Vite bundled. */
async function buildFixture({ cached, base = '/handbook/' }: { cached: boolean; base?: string }) {
  let workerBuilds = 0;
  const counter: Plugin = { name: 'count-worker-builds', buildStart: () => void workerBuilds++ };
  const cache = workerBundleCache({ cacheDir: join(root, 'cache'), keyFiles: [join(root, 'src', 'main.js')] });
  const outDir = join(root, 'out');
  rmSync(outDir, { recursive: true, force: true });
  await build({
    root: join(root, 'src'),
    base,
    configFile: false,
    logLevel: 'silent',
    plugins: cached ? [cache.plugin] : [],
    worker: { format: 'es', plugins: () => (cached ? [counter, cache.workerPlugin()] : [counter]) },
    build: { outDir, rollupOptions: { input: join(root, 'src', 'main.js') } },
  });
  return { files: filesIn(outDir), workerBuilds };
}

describe('workerBundleCache', () => {
  it('serves an unchanged worker from the cache, with the bytes Vite writes', async () => {
    const vite = await buildFixture({ cached: false });
    const first = await buildFixture({ cached: true });
    const second = await buildFixture({ cached: true });
    expect([first.workerBuilds, second.workerBuilds]).toEqual([1, 0]);
    expect(first.files).toEqual(vite.files);
    expect(second.files).toEqual(vite.files);
    expect(Object.values(second.files).join('\n')).toContain('hello ');
  });

  it.each([
    { change: 'the worker edited', edit: () => writeFileSync(join(root, 'src', 'worker.ts'), "import { greeting } from './lib';\n\nself.postMessage(greeting('edited'));\n") },
    { change: 'a module it imports edited', edit: () => writeFileSync(join(root, 'src', 'lib', 'index.ts'), 'export const greeting = (name: string): string => `hi ${name}`;\n') },
    { change: 'a file added that its import now resolves to', edit: () => writeFileSync(join(root, 'src', 'lib.ts'), 'export const greeting = (name: string): string => `hey ${name}`;\n') },
  ])('bundles it again after $change, writing what Vite writes', async ({ edit }) => {
    const before = await buildFixture({ cached: true });
    edit();
    const after = await buildFixture({ cached: true });
    const vite = await buildFixture({ cached: false });
    expect(after.workerBuilds).toBe(1);
    expect(after.files).toEqual(vite.files);
    expect(after.files).not.toEqual(before.files);
  });

  it('bundles it again under another base path', async () => {
    await buildFixture({ cached: true });
    const other = await buildFixture({ cached: true, base: '/other/' });
    expect(other.workerBuilds).toBe(1);
    expect(other.files).toEqual((await buildFixture({ cached: false, base: '/other/' })).files);
  });
});
