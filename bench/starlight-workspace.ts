// A Starlight site with the handbook's questions (starlight-pages.ts), in a folder of its own beside the handbook's
// copies: Starlight 0.37.7 as it comes (its sidebar listing every page, its Pagefind search), on this project's Astro,
// so that both are built on one machine in one run, as issue 13 measured them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HandbookJson } from '../scripts/lib/handbook-json.ts';
import { editFirstFile } from './edit-editorial.ts';
import { editedCorrection, starlightPages } from './starlight-pages.ts';
import { emptyWorkspace } from './workspace.ts';

const DOCS = join('src', 'content', 'docs');

const FILES: Record<string, string> = {
  'package.json': `${JSON.stringify({ name: 'starlight-reference', private: true, type: 'module' }, null, 2)}\n`,
  'astro.config.mjs': [
    "import starlight from '@astrojs/starlight';",
    "import { defineConfig } from 'astro/config';",
    '',
    "export default defineConfig({ site: 'https://cv-interview-handbook.example.org', integrations: [starlight({ title: 'CV Interview Handbook' })] });",
    '',
  ].join('\n'),
  [join('src', 'content.config.ts')]: [
    "import { defineCollection } from 'astro:content';",
    "import { docsLoader } from '@astrojs/starlight/loaders';",
    "import { docsSchema } from '@astrojs/starlight/schema';",
    '',
    'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
    '',
  ].join('\n'),
};

function write(dir: string, path: string, text: string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** The Starlight site of the handbook whose data `handbookJsonFile` holds (a built copy's `dist/handbook.json`). */
export function makeStarlightWorkspace(projectRoot: string, dir: string, handbookJsonFile: string): { dir: string; pages: number } {
  emptyWorkspace(projectRoot, dir);
  for (const [path, text] of Object.entries(FILES)) write(dir, path, text);
  const pages = starlightPages(JSON.parse(readFileSync(handbookJsonFile, 'utf8')) as HandbookJson);
  for (const page of pages) write(dir, join(DOCS, page.path), page.text);
  return { dir, pages: pages.length };
}

/** What an editor's edit of one correction is to the Starlight site: a sentence added to one page's note. */
export function editOneStarlightCorrection(dir: string, sentence: string): string {
  return editFirstFile(join(dir, DOCS, 'questions'), '.md', (text) => editedCorrection(text, sentence), 'page');
}
