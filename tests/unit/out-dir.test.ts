// src/lib/out-dir-integration.mjs: the last build's output is moved aside in one rename and removed while
// the build runs, instead of Astro emptying it file by file before it bundles.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { outDirSetAside } from '../../src/lib/out-dir-integration.mjs';
import { hookCaller, tempDirs } from './helpers.ts';

const tempDir = tempDirs('out-dir-');

/** A project with a built site (and, if asked, a .git in it), run through the integration's hooks for `command`. */
async function build(command: 'build' | 'dev', { git = false } = {}) {
  const root = tempDir();
  const outDir = join(root, 'dist');
  const cacheDir = join(root, 'cache');
  mkdirSync(join(outDir, 'questions', 'a'), { recursive: true });
  writeFileSync(join(outDir, 'questions', 'a', 'index.html'), 'old');
  if (git) mkdirSync(join(outDir, '.git'));
  // A build that stopped half-way left its old output aside.
  mkdirSync(join(cacheDir, 'old-out-dir-1', 'x'), { recursive: true });
  const updates: unknown[] = [];
  const call = hookCaller(outDirSetAside());
  const config = { outDir: pathToFileURL(`${outDir}/`), cacheDir: pathToFileURL(`${cacheDir}/`) };
  await call('astro:config:setup', { command, config, updateConfig: (update: unknown) => updates.push(update) });
  await call('astro:build:start', {});
  const during = { outDir: existsSync(outDir) };
  await call('astro:build:done', {});
  return { updates, during, after: { outDir: existsSync(outDir), cache: readdirSync(cacheDir) } };
}

describe('the last build output, set aside', () => {
  it('is moved out of the way before Astro bundles, and gone (with any left over) once the build is done', async () => {
    expect(await build('build')).toEqual({
      updates: [{ vite: { build: { emptyOutDir: false } } }],
      during: { outDir: false },
      after: { outDir: false, cache: [] },
    });
  });

  it.each([
    ['in npm run dev', 'dev', false],
    ['when the output folder has a .git, which Astro keeps', 'build', true],
  ] as const)('is left to Astro %s', async (_name, command, git) => {
    expect(await build(command, { git })).toEqual({ updates: [], during: { outDir: true }, after: { outDir: true, cache: ['old-out-dir-1'] } });
  });
});
