// The key points of the editorial files (content/editorial/*.yaml) rendered as HTML once per file digest, as
// lib/markdown.ts renders them, for /practice.json: rendering the handbook's 334 key points on every build cost
// more than any page but the question pages. The converter checks these files, and its problems stop the build
// first; this loader only reads the key points' text. What it has not rendered (a file it cannot read, an edit in
// `npm run dev`), practice.json renders itself: the HTML is looked up by the key point's own text.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { renderMarkdown } from './markdown';
import { compilerSalt } from './mdx-pages-loader';

type Entry = Parameters<LoaderContext['store']['set']>[0];

/** What an entry's `rendered.metadata` holds: the file of its key points' HTML, by their Markdown. */
export interface RenderedKeyPoints {
  file: string;
}

/** The key points' Markdown in an editorial file; none when it does not parse as one. */
function keyPointTexts(yaml: string): string[] {
  try {
    const points = (parse(yaml) as { key_points?: unknown } | null)?.key_points;
    return Array.isArray(points) ? points.flatMap((point) => (typeof point?.text === 'string' ? [point.text as string] : [])) : [];
  } catch {
    return [];
  }
}

export function keyPointsHtml(folder: string): Loader {
  return {
    name: 'key-points-html',
    load: async ({ store, config, generateDigest }) => {
      const cache = fileURLToPath(new URL('key-points/', config.cacheDir));
      const salt = await compilerSalt(fileURLToPath(config.root), import.meta.url);
      const names = existsSync(folder) ? (await readdir(folder)).filter((name) => name.endsWith('.yaml')).sort() : [];
      const changed: Entry[] = [];
      for (const name of names) {
        const text = await readFile(join(folder, name), 'utf8');
        const id = basename(name, '.yaml');
        const digest = generateDigest(`${text}\n${salt}`);
        const file = join(cache, `${digest}.json`);
        const kept = store.get(id);
        // The entry's file must be this cache's: a project moved elsewhere keeps a store that names the old place.
        if (kept?.digest === digest && (kept.rendered?.metadata as Partial<RenderedKeyPoints> | undefined)?.file === file && existsSync(file)) continue;
        const html = await Promise.all(keyPointTexts(text).map(async (point) => [point, await renderMarkdown(point)] as const));
        await mkdir(cache, { recursive: true });
        await writeFile(file, JSON.stringify(Object.fromEntries(html)));
        const metadata: RenderedKeyPoints = { file };
        changed.push({ id, data: {}, digest, rendered: { html: '', metadata: { ...metadata } } });
      }
      // Changed in one go, as lib/mdx-pages-loader.ts does: a store saved while it changes can lose entries.
      for (const entry of changed) store.set(entry);
      const ids = new Set(names.map((name) => basename(name, '.yaml')));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      if (!existsSync(cache)) return;
      const kept = new Set([...store.values()].map((entry) => `${entry.digest}.json`));
      for (const file of await readdir(cache)) if (!kept.has(file)) await rm(join(cache, file), { force: true });
    },
  };
}
