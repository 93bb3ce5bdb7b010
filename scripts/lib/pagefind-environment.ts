// What the Pagefind process that createIndex starts reads from its environment (scripts/search-index.ts sets it while
// Pagefind indexes, unless this process has it already):
// - Index chunks: a search fetches every chunk whose word range holds one of its words. Pagefind closes a chunk at
//   20,000 word positions, which makes chunks of 25–150 KiB at 5,000 questions; at 2,000 a first search there fetches
//   a median 26 KiB of chunks instead of 69, and 7 instead of 55 on the real handbook. Pagefind 1.5 takes the size
//   only from this variable (without it: its default chunks).
// - Memory: Pagefind's allocator (jemalloc, which reads its options under this prefix) keeps freed pages for 10 s
//   before giving them back, so its process held what indexing had already let go: at 5,000 questions it peaked at
//   1,627 MiB, and at 1,284 MiB giving them back at once. That costs time wherever it is done: 5,000 questions
//   indexed in 39 s instead of 23, 500 in 3.8 s instead of 2.1 (138 MiB instead of 169), the real handbook's 50 in
//   0.54 s instead of 0.36. So a handbook gives memory back at once only from RETURN_MEMORY_FROM question pages on.

/** How many question pages make Pagefind's memory worth its time. */
export const RETURN_MEMORY_FROM = 1000;

const INDEX_CHUNKS = { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '2000' } as const;
const RETURN_MEMORY_AT_ONCE = { _RJEM_MALLOC_CONF: 'dirty_decay_ms:0,muzzy_decay_ms:0' } as const;

/** The variables for indexing a site of `questionPages` question pages. */
export function pagefindEnvironment(questionPages: number): Record<string, string> {
  return questionPages >= RETURN_MEMORY_FROM ? { ...INDEX_CHUNKS, ...RETURN_MEMORY_AT_ONCE } : { ...INDEX_CHUNKS };
}
