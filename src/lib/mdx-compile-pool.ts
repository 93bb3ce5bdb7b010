// Compiles question pages on worker threads, one per core (lib/mdx-compile-worker.ts), while the main thread
// reads and validates the pages. The worker is bundled with esbuild first: `astro build` and `astro dev` run
// without a TypeScript loader, and shiki.mjs imports TypeScript. Packages stay out of the bundle and are imported
// from where they are installed, so the bundle loads wherever it is written.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import Tinypool from 'tinypool';
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

/** Starts the workers; the bundled worker is written to `folder`. */
export async function startCompilePool(settings: MdxSettings, folder: string): Promise<CompilePool> {
  const threads = availableParallelism();
  const pool = new Tinypool({
    filename: await bundleWorker(folder),
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    workerData: sendable(settings),
  });
  return {
    threads,
    compile: async (body, path) => {
      const result = (await pool.run({ body, path } satisfies CompileTask)) as CompiledMdx | { error: CompileError };
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

async function bundleWorker(folder: string): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(new URL('mdx-compile-worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    outfile: 'mdx-compile-worker.mjs',
    plugins: [packagesWhereInstalled],
    logLevel: 'silent',
  });
  const file = join(folder, 'mdx-compile-worker.mjs');
  // Written whole, then renamed: another build with the same cache directory may be starting its workers.
  const partial = `${file}.${process.pid}`;
  await mkdir(folder, { recursive: true });
  await writeFile(partial, outputFiles[0]!.text);
  await rename(partial, file);
  return file;
}

/** Imports of packages as the file URLs they resolve to here: the bundle lives in a cache folder, not beside node_modules. */
const packagesWhereInstalled: Plugin = {
  name: 'packages-where-installed',
  setup(bundler) {
    bundler.onResolve({ filter: /^[^./]/ }, async ({ path, kind, resolveDir, pluginData }) => {
      if (pluginData === packagesWhereInstalled) return undefined;
      const resolved = await bundler.resolve(path, { kind, resolveDir, pluginData: packagesWhereInstalled });
      if (resolved.errors.length > 0) return { errors: resolved.errors };
      if (resolved.external) return { path, external: true };
      return { path: pathToFileURL(resolved.path).href, external: true };
    });
  },
};
