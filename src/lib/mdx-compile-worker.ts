// A worker of lib/mdx-compile-pool.ts: compiles question pages with the Markdown settings the pool was started
// with. Shiki's transformers are functions, which cannot be sent to a worker: they come from shiki.mjs, where
// astro.config.mjs takes them too.
import Tinypool from 'tinypool';
import { compileMdx, mdxProcessor, type CompiledMdx, type MdxSettings } from './mdx-compile';
import { shikiConfig } from './shiki.mjs';

/** What the pool sends for a page. */
export interface CompileTask {
  body: string;
  path: string;
}

/** A compile error's fields: an Error sent back from a worker keeps its message only, not where in the page it is. */
export interface CompileError {
  message: string;
  reason?: string;
  line?: number;
  column?: number;
}

const { markdown, experimental } = Tinypool.workerData as MdxSettings;
const processor = mdxProcessor({ markdown: { ...markdown, shikiConfig: { ...markdown.shikiConfig, transformers: shikiConfig.transformers ?? [] } }, experimental });

export default async function compile({ body, path }: CompileTask): Promise<CompiledMdx | { error: CompileError }> {
  try {
    return await compileMdx(processor, body, path);
  } catch (error) {
    const { message, reason, line, column } = error as Partial<CompileError>;
    return { error: { message: message ?? String(error), reason, line, column } };
  }
}
