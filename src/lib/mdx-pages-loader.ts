// The question pages (content/questions/*.mdx) as a content collection whose entries point at their compiled
// MDX body. Each page is compiled once per content digest; the code is kept in Astro's cache directory under
// that digest, next to the data store, so an unchanged page costs nothing on a rebuild and no page becomes a
// Vite module of its own (issue 13). Each page's way is mdx-page-compiler.ts's; lib/question-content.ts renders an entry.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import pLimit from 'p-limit';
import { startCompilePool } from './mdx-compile-pool';
import { EXTENSION, PageCompiler, type CheckedPage, type Entry, type SyncedPage } from './mdx-page-compiler';

export type { CompiledPage } from './mdx-page-compiler';

// Fewer changed pages than this compile on the main thread: on two cores, with the card workers drawing at
// the same time, starting the compile workers cost more than they saved for the real handbook's 50 pages
// (a cold astro build 10.5 s with them, 9.4 s without); at 500 they halve the compile.
const POOL_FROM = 100;
// Changed pages being read and compiled at a time, per compile thread: enough to keep the workers busy. Read all
// before compiling, 5,000 pages' texts were in memory at once.
const PAGES_IN_FLIGHT_PER_THREAD = 4;

export interface MdxPagesOptions {
  /** How many changed pages make it worth starting the compile workers. */
  poolFrom?: number;
}

export function mdxPages(folder: string, { poolFrom = POOL_FROM }: MdxPagesOptions = {}): Loader {
  return {
    name: 'mdx-pages',
    load: async (context) => {
      const started = performance.now();
      const pages = new PageCompiler(context, folder);
      const paths = (await readdir(folder)).filter((name) => name.endsWith(EXTENSION)).sort().map((name) => join(folder, name));
      // Which pages changed, one page's text in memory at a time; only those are read again to compile.
      const checked: CheckedPage[] = [];
      for (const path of paths) checked.push(await pages.check(path));
      const toCompile = checked.filter((page) => 'changed' in page && !page.cached).length;
      const pool = toCompile >= poolFrom ? await startCompilePool(context.config, fileURLToPath(new URL('mdx-compile-worker/', context.config.cacheDir))) : undefined;
      const inFlight = pLimit(PAGES_IN_FLIGHT_PER_THREAD * (pool?.threads ?? 1));
      let results: SyncedPage[];
      try {
        results = await Promise.all(checked.map((page) => ('changed' in page ? inFlight(() => pages.sync(page.changed, pool?.compile)) : page)));
      } finally {
        await pool?.close();
      }
      const problems: string[] = [];
      const pathById = new Map<string, string>();
      const changed: Entry[] = [];
      let cached = 0;
      results.forEach((result, index) => {
        const path = paths[index]!;
        if ('problems' in result) problems.push(...result.problems);
        else if (pathById.has(result.id)) problems.push(`${pages.name(path)}: slug "${result.id}" is also ${pages.name(pathById.get(result.id)!)}'s`);
        else pathById.set(result.id, path);
        if ('entry' in result && result.entry) changed.push(result.entry);
        if ('cached' in result && result.cached) cached += 1;
      });
      if (problems.length > 0) throw new Error(`The question pages have problems:\n${problems.join('\n')}`);
      const threads = pool ? `${pool.threads} worker threads` : 'the main thread';
      const fromCache = cached > 0 ? `, ${cached} as compiled before (from the cache)` : '';
      context.logger.info(`${changed.length - cached} of ${paths.length} pages compiled in ${((performance.now() - started) / 1000).toFixed(1)} s on ${threads}${fromCache}, the others unchanged`);
      // The store is changed in one go at the end: Astro 5.18 saves it to disk 500 ms after a change, and a
      // save that starts while another is under way writes the older contents (entries went missing).
      for (const entry of changed) context.store.set(entry);
      for (const id of context.store.keys()) if (!pathById.has(id)) context.store.delete(id);
      await pages.prune();
      if (context.watcher) pages.watch(context.watcher);
    },
  };
}
