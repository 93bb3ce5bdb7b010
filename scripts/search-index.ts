// Pagefind's index of the built site, written through Pagefind's Node API with the options of pagefind.yml:
// the first step after the pages (src/lib/publish-steps.mjs). The index is
// the one `npx pagefind --site dist` writes from the same pagefind.yml, with smaller index chunks whose word
// ranges leave no gap (scripts/lib/pagefind-chunk-bounds.ts).
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { close, createIndex } from 'pagefind';
import { closeMetaGaps, metaHash, parseEntry } from './lib/pagefind-chunk-bounds.ts';
import { parsePagefindConfig } from './lib/pagefind-config.ts';
import { unusedPagefindFiles } from './lib/pagefind-unused.ts';
import { emptyFiles, filesWritten, type FileSizes } from './lib/pagefind-written.ts';

/**
 * What the Pagefind process that createIndex starts reads from its environment, set for it unless already set.
 * - Index chunks: a search fetches every chunk whose word range holds one of its words. Pagefind closes a chunk at
 *   20,000 word positions, which makes chunks of 25–150 KiB at 5,000 questions; at 2,000 a first search there fetches
 *   a median 26 KiB of chunks instead of 69, and 7 instead of 55 on the real handbook. Pagefind 1.5 takes the size
 *   only from this variable (without it: its default chunks).
 * - Memory: Pagefind's allocator (jemalloc, which reads its options under this prefix) keeps freed pages for 10 s
 *   before giving them back, so its process held what indexing had already let go: at 5,000 questions it peaked at
 *   1,631 MiB, and at 1,284 MiB giving them back at once (indexing 11.3 → 13.0 s).
 */
export const PAGEFIND_ENVIRONMENT = {
  PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '2000',
  _RJEM_MALLOC_CONF: 'dirty_decay_ms:0,muzzy_decay_ms:0',
} as const;

/** Indexes `dist` into dist/pagefind/, without the files the site never loads; says how many pages. Throws Pagefind's errors. */
export async function writeSearchIndex(dist: string, configFile: string): Promise<string> {
  const { service, glob } = parsePagefindConfig(relative(process.cwd(), configFile) || configFile, readFileSync(configFile, 'utf8'));
  const failIf = (errors: string[]) => {
    if (errors.length > 0) throw new Error(`pagefind: ${errors.join('\n')}`);
  };
  return withPagefindEnvironment(async () => {
    const { index, errors } = await createIndex(service);
    failIf(errors);
    const added = await index!.addDirectory({ path: dist, ...(glob && { glob }) });
    failIf(added.errors);
    failIf((await index!.writeFiles({ outputPath: join(dist, 'pagefind') })).errors);
    const bundle = join(dist, 'pagefind');
    await filesWrittenOut(bundle);
    closeChunkGaps(bundle);
    for (const name of unusedPagefindFiles(readdirSync(bundle))) rmSync(join(bundle, name));
    return `${added.page_count} pages indexed`;
  });
}

/** Runs `index` with PAGEFIND_ENVIRONMENT's variables that this process does not set itself, then closes Pagefind's process and removes them. */
export async function withPagefindEnvironment<T>(index: () => Promise<T>): Promise<T> {
  const added = Object.entries(PAGEFIND_ENVIRONMENT).filter(([name]) => process.env[name] === undefined);
  for (const [name, value] of added) process.env[name] = value;
  try {
    return await index();
  } finally {
    await close();
    for (const [name] of added) delete process.env[name];
  }
}

// How often to look at Pagefind's files once it says they are written, and for how long at most.
const LOOK_EVERY_MS = 10;
const GIVE_UP_AFTER_MS = 60_000;

function fileSizes(bundle: string): FileSizes {
  const files = readdirSync(bundle, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => join(entry.parentPath, entry.name)).map((file) => [relative(bundle, file), statSync(file).size]));
}

/** Resolves once Pagefind's last writes into `bundle` have landed (scripts/lib/pagefind-written.ts). */
export async function filesWrittenOut(bundle: string): Promise<void> {
  const giveUp = performance.now() + GIVE_UP_AFTER_MS;
  let before: FileSizes | undefined;
  for (let now = fileSizes(bundle); !filesWritten(before, now); before = now, now = fileSizes(bundle)) {
    if (performance.now() > giveUp) throw new Error(`pagefind: files still empty after ${GIVE_UP_AFTER_MS / 1000} s: ${emptyFiles(now).join(', ')}`);
    await sleep(LOOK_EVERY_MS);
  }
}

/** Rewrites each language's meta index in `bundle` (Pagefind's output folder) with gap-free chunk ranges, under the name of its new content. */
export function closeChunkGaps(bundle: string): void {
  const entryFile = join(bundle, 'pagefind-entry.json');
  const entry = parseEntry(readFileSync(entryFile, 'utf8'), entryFile);
  for (const language of Object.values(entry.languages)) {
    const metaFile = join(bundle, `pagefind.${language.hash}.pf_meta`);
    const meta = closeMetaGaps(readFileSync(metaFile), (hash) => {
      const file = join(bundle, 'index', `${hash}.pf_index`);
      return { bytes: readFileSync(file), file };
    }, metaFile);
    language.hash = metaHash(language.hash, meta);
    const closedFile = join(bundle, `pagefind.${language.hash}.pf_meta`);
    writeFileSync(closedFile, meta);
    if (closedFile !== metaFile) rmSync(metaFile);
  }
  writeFileSync(entryFile, JSON.stringify(entry));
}
