// Compiles question pages on worker threads, one per core (lib/mdx-compile-worker.ts), while the main thread
// reads and validates the pages. The worker is bundled with esbuild first (import-typescript.mjs): `astro build`
// and `astro dev` run without a TypeScript loader, and shiki.mjs imports TypeScript. The bundle is kept until its
// files change (node-bundle-cache.mjs), as the config's is.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { bundleForNode } from './import-typescript.mjs';
import { cachedBundle } from './node-bundle-cache.mjs';
import type { CompiledMdx, MdxSettings } from './mdx-compile';
import type { CompileError, CompileTask } from './mdx-compile-worker';

export interface CompilePool {
  threads: number;
  /** The compiled page; a syntax error rejects with its line and column, as compileMdx's does. */
  compile(body: string, path: string): Promise<CompiledMdx>;
  /** Ends the workers, so that the build can exit. */
  close(): Promise<void>;
}

// Compiling allocates a great deal that dies young: a larger young generation than V8's default spends a quarter
// less time collecting it.
const YOUNG_GENERATION_MB = 192;

/** Starts the workers; the bundled worker is kept in `folder`. */
export async function startCompilePool(settings: MdxSettings, folder: string): Promise<CompilePool> {
  const threads = availableParallelism();
  // Imported here: a build that compiles no page, or compiles on its main thread, never loads it (tinypool runs two
  // shell commands as it loads, some 20 ms).
  const { default: Tinypool } = await import('tinypool');
  const sent = sendable(settings);
  const pool = new Tinypool({
    filename: (await cachedBundle(fileURLToPath(new URL('mdx-compile-worker.ts', import.meta.url)), folder, bundleForNode)).file,
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  return {
    threads,
    compile: async (body, path) => {
      const result = (await pool.run({ body, path, settings: sent } satisfies CompileTask)) as CompiledMdx | { error: CompileError };
      if ('error' in result) throw Object.assign(new Error(result.error.message), result.error);
      return result;
    },
    close: () => pool.destroy(),
  };
}

/** The settings without Shiki's transformers, which the workers import themselves; plugins could not reach them. */
function sendable({ markdown, experimental }: MdxSettings): MdxSettings {
  if (markdown.remarkPlugins.length > 0 || markdown.rehypePlugins.length > 0) {
    throw new Error('mdx-compile-pool: remark and rehype plugins in astro.config.mjs are functions, which cannot be sent to the compile workers');
  }
  return { markdown: { ...markdown, shikiConfig: { ...markdown.shikiConfig, transformers: [] } }, experimental: { headingIdCompat: experimental.headingIdCompat } };
}
