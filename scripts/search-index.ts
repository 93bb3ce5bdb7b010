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
import { pagefindEnvironment } from './lib/pagefind-environment.ts';
import { unusedPagefindFiles } from './lib/pagefind-unused.ts';
import { emptyFiles, filesWritten, type FileSizes } from './lib/pagefind-written.ts';

/**
 * Indexes `dist`, a site of `questionPages` question pages, into `bundle` (dist/pagefind/ unless given), without the
 * files the site never loads; says how many pages. Throws Pagefind's errors.
 */
export async function writeSearchIndex(dist: string, configFile: string, questionPages: number, bundle = join(dist, 'pagefind')): Promise<string> {
  const { service, glob } = parsePagefindConfig(relative(process.cwd(), configFile) || configFile, readFileSync(configFile, 'utf8'));
  const failIf = (errors: string[]) => {
    if (errors.length > 0) throw new Error(`pagefind: ${errors.join('\n')}`);
  };
  return withPagefindEnvironment(pagefindEnvironment(questionPages), async () => {
    const { index, errors } = await createIndex(service);
    failIf(errors);
    const added = await index!.addDirectory({ path: dist, ...(glob && { glob }) });
    failIf(added.errors);
    failIf((await index!.writeFiles({ outputPath: bundle })).errors);
    await filesWrittenOut(bundle);
    closeChunkGaps(bundle);
    for (const name of unusedPagefindFiles(readdirSync(bundle))) rmSync(join(bundle, name));
    return `${added.page_count} pages indexed`;
  });
}

/** Runs `index` with the variables of `environment` that this process does not set itself, then closes Pagefind's process and removes them. */
export async function withPagefindEnvironment<T>(environment: Record<string, string>, index: () => Promise<T>): Promise<T> {
  const added = Object.entries(environment).filter(([name]) => process.env[name] === undefined);
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
