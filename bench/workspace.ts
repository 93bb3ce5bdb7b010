// Throwaway copies of the project, built exactly like the real one: with the real content/ (so the benchmark
// can clear caches and edit files freely) or with a synthetic corpus.
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDirOf } from '../scripts/convert.ts';
import { CARD_CACHE_DIR } from '../src/lib/card-cache.ts';
import { WORKER_CACHE_DIR } from '../src/lib/worker-bundle-cache.mjs';
import { FULL_CORPUS, writeSyntheticContent, type CorpusShape } from './synthetic-corpus.ts';

const PROJECT_FILES = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'pagefind.yml', 'src', 'scripts', 'public', 'content/search-synonyms.yaml'];

function copyProject(projectRoot: string, dir: string, files: string[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'content'), { recursive: true });
  for (const name of files) {
    if (existsSync(join(projectRoot, name))) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
}

export function makeWorkspace(projectRoot: string, dir: string, questions: number, shape: CorpusShape = FULL_CORPUS): { dir: string; sourceBytes: number } {
  copyProject(projectRoot, dir, PROJECT_FILES);
  const corpus = writeSyntheticContent(dir, join(projectRoot, 'content', 'sources'), questions, shape);
  return { dir, sourceBytes: corpus.bytes };
}

/** The project with its own content/, committed pages included. */
export function makeRealWorkspace(projectRoot: string, dir: string): string {
  copyProject(projectRoot, dir, [...PROJECT_FILES, 'content']);
  return dir;
}

/**
 * Empties what a build keeps between runs (Astro's cache dir with its content store, this handbook's converter
 * record, the cards' cache, the workers' bundles), so the next build is a fresh clone's first. node_modules is shared with the project.
 */
export function clearBuildCaches(dir: string): void {
  for (const cache of [join(dir, 'node_modules', '.astro'), join(dir, CARD_CACHE_DIR), join(dir, WORKER_CACHE_DIR), cacheDirOf(dir)]) rmSync(cache, { recursive: true, force: true });
}
