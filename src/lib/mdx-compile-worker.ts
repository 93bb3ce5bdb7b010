// A worker of lib/mdx-compile-pool.ts: compiles question pages with the Markdown settings the pool was started
// with. Shiki's transformers are functions, which cannot be sent to a worker: they come from shiki.mjs, where
// astro.config.mjs takes them too.
import { compileMdx, mdxProcessor, type CompiledMdx, type MdxProcessor, type MdxSettings } from './mdx-compile';
import { shikiConfig } from './shiki.mjs';

/**
 * What the pool sends for a page. The settings come with every page rather than as tinypool's `workerData`: reading
 * that imports tinypool, which runs two shell commands as it loads, 150 ms of each worker's start in a cold build.
 */
export interface CompileTask {
  body: string;
  path: string;
  settings: MdxSettings;
}

/** A compile error's fields: an Error sent back from a worker keeps its message only, not where in the page it is. */
export interface CompileError {
  message: string;
  reason?: string;
  line?: number;
  column?: number;
}

let processor: MdxProcessor | undefined;

export default async function compile({ body, path, settings }: CompileTask): Promise<CompiledMdx | { error: CompileError }> {
  const { markdown, experimental } = settings;
  processor ??= mdxProcessor({ markdown: { ...markdown, shikiConfig: { ...markdown.shikiConfig, transformers: shikiConfig.transformers ?? [] } }, experimental });
  try {
    return await compileMdx(processor, body, path);
  } catch (error) {
    const { message, reason, line, column } = error as Partial<CompileError>;
    return { error: { message: message ?? String(error), reason, line, column } };
  }
}
