// Throwaway copies of the project, built exactly like the real one: with the real content/ (so the benchmark
// can clear caches and edit files freely) or with a synthetic corpus.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { FULL_CORPUS, writeSyntheticContent, type CorpusShape } from './synthetic-corpus.ts';

const PROJECT_FILES = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'pagefind.yml', 'src', 'scripts', 'public', 'content/search-synonyms.yaml'];
// What builds keep in node_modules (Astro's content store and compiled pages, the converter's record, the cards,
// the workers' and the config's bundles, Vite's): each copy has its own, as a fresh clone would. Shared, a build or
// `astro check` in the project deleted a copy's compiled pages in the middle of its build.
const BUILD_CACHES = ['.astro', '.cache', '.vite'];

/** The project's packages, each linked; the build caches beside them stay the copy's own. */
export function linkPackages(projectRoot: string, dir: string): void {
  const packages = join(projectRoot, 'node_modules');
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(packages)) if (!BUILD_CACHES.includes(name)) symlinkSync(join(packages, name), join(dir, 'node_modules', name));
}

/** `dir` emptied, with only the project's packages linked in it. */
export function emptyWorkspace(projectRoot: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  linkPackages(projectRoot, dir);
}

function copyProject(projectRoot: string, dir: string, files: string[]): void {
  emptyWorkspace(projectRoot, dir);
  mkdirSync(join(dir, 'content'));
  for (const name of files) {
    if (existsSync(join(projectRoot, name))) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
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
 * record, the cards' cache, the workers' and the config's bundles, Vite's cache), so the next build is a fresh
 * clone's first.
 */
export function clearBuildCaches(dir: string): void {
  for (const cache of BUILD_CACHES) rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
}
