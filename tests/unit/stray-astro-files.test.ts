// src/lib/stray-astro-files.mjs: a build into a folder outside the project publishes none of Astro's own files.
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { strayAstroFiles } from '../../src/lib/stray-astro-files.mjs';
import { hookCaller, tempDirs } from './helpers.ts';

const tempDir = tempDirs('stray-astro-');
const write = (file: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, '{}');
};

const ASTRO_OWN = ['collections/questions.schema.json', 'content-assets.mjs', 'content-modules.mjs', 'data-store.json', 'settings.json'];

/**
 * What the output folder holds after a build, with `dotAstro` in the project's .astro/ when it starts and `pages`
 * written by the build; a build outside the project then copies .astro/ over them, as Astro 5.18 does.
 */
async function build(command: 'build' | 'dev', where: 'outside' | 'inside', dotAstro: string[], pages: string[]) {
  const cwd = tempDir();
  const outDir = where === 'inside' ? join(cwd, 'dist') : join(tempDir(), 'site');
  for (const file of dotAstro) write(join(cwd, '.astro', file));
  const call = hookCaller(strayAstroFiles({ cwd }));
  await call('astro:config:setup', { command, config: { outDir: pathToFileURL(`${outDir}/`) } });
  await call('astro:build:start', {});
  for (const page of pages) write(join(outDir, page));
  if (command === 'build' && where === 'outside' && dotAstro.length > 0) cpSync(join(cwd, '.astro'), outDir, { recursive: true });
  await call('astro:build:done', {});
  return readdirSync(outDir).sort();
}

describe("Astro's own files in the output folder", () => {
  it.each([
    ['are removed after a build into a folder outside the project', 'build', 'outside', ASTRO_OWN, ['index.html', 'handbook.json'], ['handbook.json', 'index.html']],
    ['are not looked for inside the project, where Astro copies none: a page of that name stays', 'build', 'inside', ASTRO_OWN, ['index.html', 'settings.json'], ['index.html', 'settings.json']],
    ['are not looked for in npm run dev', 'dev', 'outside', ASTRO_OWN, ['index.html', 'settings.json'], ['index.html', 'settings.json']],
    ["leave the project's other files, which Astro copies too", 'build', 'outside', ['notes.txt', 'content-modules.mjs'], ['index.html'], ['index.html', 'notes.txt']],
  ] as const)('%s', async (_name, command, where, dotAstro, pages, expected) => {
    expect(await build(command, where, [...dotAstro], [...pages])).toEqual(expected);
  });
});
