// Indexes a built site for search: Pagefind over it (`node scripts/index-search.mjs dist`), with pagefind.yml's
// settings and smaller index chunks than Pagefind's default. Plain JavaScript, so that it starts without tsx.
//
// A search fetches every index chunk whose word range holds one of its words. Pagefind closes a chunk once it
// holds 20,000 word positions; with the handbook's common words that makes chunks of 25–150 KiB at 5,000
// questions. At 2,000, a first search there fetches a median 26 KiB of chunks instead of 69 (the metadata
// index grows 6 KiB), and on the real handbook 7 KiB instead of 55. Pagefind takes the size only from this
// environment variable (pinned at 1.5; without it, Pagefind falls back to its default and search still works).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const INDEX_CHUNK_POSITIONS = 2000;
const site = process.argv[2] ?? 'dist';
const pagefind = fileURLToPath(new URL('../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));
const { status } = spawnSync(process.execPath, [pagefind, '--site', site], {
  stdio: 'inherit',
  env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_POSITIONS) },
});
process.exit(status ?? 1);
