// @ts-check
// Astro 5 builds a site whose output folder is outside the working directory (`npm run build -- --outDir
// /srv/handbook`) in the project's .astro/ folder, which is also where it keeps its own files, then copies that
// whole folder into the output folder (withastro/astro#14903): the collections' JSON schemas, its content module
// lists and, when `npm run dev` ran before, its development content store would be published, and precached
// offline. This removes from the output folder those of Astro's own files that were in .astro/ before the build.
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pagesWrittenInPlace } from './pages-in-place.mjs';

/** What Astro 5.18 keeps in .astro/ besides the type declarations, which it deletes before copying. */
const ASTRO_OWN = new Set(['collections', 'content-assets.mjs', 'content-modules.mjs', 'data-store.json', 'settings.json']);

/**
 * @param {{ cwd?: string }} [options] the build's working directory (Astro reads process.cwd())
 * @returns {import('astro').AstroIntegration}
 */
export function strayAstroFiles({ cwd = process.cwd() } = {}) {
  /** @type {string | undefined} */
  let outDir;
  /** @type {string[]} */
  let stray = [];
  return {
    name: 'stray-astro-files',
    hooks: {
      'astro:config:setup': ({ command, config }) => {
        const folder = fileURLToPath(config.outDir);
        outDir = command === 'build' && !pagesWrittenInPlace(folder, cwd) ? folder : undefined;
      },
      // After the content sync wrote them, before any page is built.
      'astro:build:start': async () => {
        const dotAstro = join(cwd, '.astro');
        stray = outDir && existsSync(dotAstro) ? (await readdir(dotAstro)).filter((name) => ASTRO_OWN.has(name)) : [];
      },
      'astro:build:done': async () => {
        const folder = outDir;
        if (folder) await Promise.all(stray.map((name) => rm(join(folder, name), { recursive: true, force: true })));
      },
    },
  };
}
