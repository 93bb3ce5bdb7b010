// A throwaway copy of the project whose content/ is a synthetic corpus, built exactly like the real one.
import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { FULL_CORPUS, writeSyntheticContent, type CorpusShape } from './synthetic-corpus.ts';

const PROJECT_FILES = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'scripts', 'public', 'content/search-synonyms.yaml'];

export function makeWorkspace(projectRoot: string, dir: string, questions: number, shape: CorpusShape = FULL_CORPUS): { dir: string; sourceBytes: number } {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  mkdirSync(join(dir, 'content'));
  for (const name of PROJECT_FILES) {
    if (existsSync(join(projectRoot, name))) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const corpus = writeSyntheticContent(dir, join(projectRoot, 'content', 'sources'), questions, shape);
  return { dir, sourceBytes: corpus.bytes };
}
