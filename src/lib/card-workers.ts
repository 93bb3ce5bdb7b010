// Cards drawn in worker threads, one card at a time in each, at most one worker a core: satori's layout is
// synchronous JavaScript, and on the build's main thread it held up every other page. The worker is plain
// JavaScript (card-worker.mjs), which Node loads without a TypeScript loader or Vite.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type Tinypool from 'tinypool';
import type { CardDrawer } from './card-store';
import { DRAWING_VERSION } from './card-version.mjs';
import { codeDigest } from './code-digest';

const WORKER = fileURLToPath(new URL('./card-worker.mjs', import.meta.url));

// A worker idle this long ends, and its heap and resvg's native memory go with it: a build draws its cards ahead,
// so after the last one the workers' few hundred MB at 5,000 questions were held while Astro wrote every other page.
const IDLE_MS = 2000;

/**
 * A pool of `threads` card workers (never more than the cores), started when the first card is drawn: a build that
 * finds every card drawn never imports tinypool (which runs two shell commands as it loads, some 20 ms).
 */
export function cardWorkers(threads = availableParallelism()): CardDrawer & { threads: number } {
  const size = Math.max(1, Math.min(threads, availableParallelism()));
  let pool: Promise<Tinypool> | undefined;
  return {
    threads: size,
    // An edit of any module the worker imports draws every card again, as a new library does.
    drawing: `${DRAWING_VERSION}\n${codeDigest(WORKER)}`,
    draw: async (layout) => {
      // Without atomics a worker takes its next card through its event loop, which is where Node frees what resvg
      // allocated for the last one (native memory, finalised there): with them, 500 cards held 3.9 GB.
      pool ??= import('tinypool').then(({ default: Pool }) => new Pool({ filename: WORKER, minThreads: 0, maxThreads: size, idleTimeout: IDLE_MS, useAtomics: false }));
      return (await pool).run(layout) as Promise<Uint8Array>;
    },
    close: async () => {
      const started = pool;
      pool = undefined;
      await (await started)?.destroy();
    },
  };
}
