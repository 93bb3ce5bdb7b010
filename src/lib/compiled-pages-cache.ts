// Where the question pages' compiled bodies are kept (Astro's cache directory, mdx-pages/): three files a page, named
// by its digest, which covers its text and what compiles it (mdx-page-digest.ts). They outlive Astro's content store,
// which Astro empties whenever its config changes, and go when no entry of the store points at them.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A page's files: its compiled body, its frontmatter's Markdown as HTML, and the names of the components the body uses. */
export interface CachedPageFiles {
  compiled: string;
  frontmatterHtml: string;
  componentsFile: string;
}

export function cachedPageFiles(cache: string, digest: string): CachedPageFiles {
  return { compiled: join(cache, `${digest}.js`), frontmatterHtml: join(cache, `${digest}.html.json`), componentsFile: join(cache, `${digest}.components.json`) };
}

/** Whether all of a page's files are there: the components are written last, so a page cut off while written is not. */
export function isCached(files: CachedPageFiles): boolean {
  return Object.values(files).every((file) => existsSync(file));
}

/** Writes a page's files, the components last; the folder is made when missing (each mkdir cost about a millisecond a page at 500 pages). */
export async function writeCachedPage(cache: string, files: CachedPageFiles, contents: { code: string; frontmatterHtml: string; components: string[] }): Promise<void> {
  await writeMakingFolder(cache, files.compiled, contents.code);
  await writeMakingFolder(cache, files.frontmatterHtml, contents.frontmatterHtml);
  await writeMakingFolder(cache, files.componentsFile, JSON.stringify(contents.components));
}

/** The names of the components a cached page's body uses. */
export async function cachedComponents(files: CachedPageFiles): Promise<string[]> {
  return JSON.parse(await readFile(files.componentsFile, 'utf8')) as string[];
}

async function writeMakingFolder(cache: string, file: string, text: string): Promise<void> {
  try {
    await writeFile(file, text);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    // The first page, or a cache another build or `astro check` emptied while `npm run dev` ran.
    await mkdir(cache, { recursive: true });
    await writeFile(file, text);
  }
}

/** Removes the files of every digest but `kept` (an edited page's old digest, a removed page's). */
export async function pruneCachedPages(cache: string, kept: Iterable<string>): Promise<void> {
  if (!existsSync(cache)) return;
  const names = new Set([...kept].flatMap((digest) => Object.values(cachedPageFiles('', digest))));
  for (const file of await readdir(cache)) if (!names.has(file)) await rm(join(cache, file), { force: true });
}
