// One question page's way from its file to an entry of the store (mdx-pages-loader.ts): whether it changed since the
// store last held it (by its digest), its frontmatter validated against the collection's schema, its body compiled
// into the cache's files (compiled-pages-cache.ts), and in `npm run dev` again whenever the converter rewrites it.
import { readFile } from 'node:fs/promises';
import { basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import { cachedComponents, cachedPageFiles, isCached, pruneCachedPages, writeCachedPage, type CachedPageFiles } from './compiled-pages-cache';
import { renderFrontmatterHtml } from './frontmatter-html';
import { compileMdx, mdxProcessor, type CompiledMdx, type MdxProcessor } from './mdx-compile';
import { compilerSalt, compileSettingsText } from './mdx-page-digest';

export const EXTENSION = '.mdx';

export type Entry = Parameters<LoaderContext['store']['set']>[0];
type Compile = (body: string, file: string) => Promise<CompiledMdx>;
/**
 * A page whose content changed since the store last held it: compiled again, or, when the cache holds what a page of
 * this digest compiled to (Astro cleared its store, as it does when its config changes), only validated.
 */
type ColdPage = { id: string; path: string; file: string; digest: string; frontmatter: Record<string, unknown>; body: string };
type ReadPage = { id: string } | ColdPage | { problems: string[] };
/** A page as first seen: unchanged (its id), or changed (to read again, and to compile unless `cached`). */
export type CheckedPage = { id: string } | { changed: string; cached: boolean };
export type SyncedPage = { id: string; entry?: Entry; cached?: boolean } | { problems: string[] };

/**
 * What a question entry's `rendered.metadata` holds: the file with its compiled body, the components the
 * body uses, and the file with its frontmatter's Markdown as HTML (lib/frontmatter-html.ts).
 * The MDX text itself stays out of the store, which the build bundles as one module: it was nine tenths of it.
 */
export interface CompiledPage {
  compiled: string;
  components: string[];
  frontmatterHtml: string;
}

/** Reads, validates and compiles the question pages of one load, for the store and the cache of `context`. */
export class PageCompiler {
  readonly #context: LoaderContext;
  readonly #folder: string;
  readonly #cache: string;
  readonly #salt: Promise<string>;
  #processor?: MdxProcessor;
  #keptByFile?: Map<string, Entry[]>;

  constructor(context: LoaderContext, folder: string) {
    this.#context = context;
    this.#folder = folder;
    this.#cache = fileURLToPath(new URL('mdx-pages/', context.config.cacheDir));
    this.#salt = compilerSalt(fileURLToPath(context.config.root)).then((salt) => `${salt}\n${compileSettingsText(context.config)}`);
  }

  /** A path as problems name it: relative to the project. */
  name(path: string): string {
    return relative(fileURLToPath(this.#context.config.root), path);
  }

  /** Whether a page changed since it was compiled, from its text's digest alone (no YAML parsed). */
  async check(path: string): Promise<CheckedPage> {
    const digest = await this.#digest(await readFile(path, 'utf8'));
    // Same text, same slug: the entry that this file's text last made, whatever its id.
    const kept = (this.#keptByFile ??= entriesByFile(this.#context.store.values())).get(this.name(path))?.find((entry) => this.#isCompiled(entry, digest));
    return kept ? { id: kept.id } : { changed: path, cached: isCached(this.#files(digest)) };
  }

  /** One page as read: unchanged (its id), to compile (with its body), or the problems that keep it out. */
  async read(path: string): Promise<ReadPage> {
    const file = this.name(path);
    const text = await readFile(path, 'utf8');
    let page;
    try {
      page = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
    } catch (error) {
      return { problems: [yamlProblem(file, error)] };
    }
    const id = typeof page.frontmatter.slug === 'string' ? page.frontmatter.slug : basename(path, EXTENSION);
    const digest = await this.#digest(text);
    const kept = this.#context.store.get(id);
    if (kept && this.#isCompiled(kept, digest)) return { id };
    return { id, path, file, digest, frontmatter: page.frontmatter, body: page.content };
  }

  async #digest(text: string): Promise<string> {
    return this.#context.generateDigest(`${text}\n${await this.#salt}`);
  }

  #files(digest: string): CachedPageFiles {
    return cachedPageFiles(this.#cache, digest);
  }

  /** The entry was compiled from this digest into this cache's files, which are there: a project moved elsewhere keeps a store that names the old place. */
  #isCompiled(entry: Entry, digest: string): boolean {
    const metadata = entry.rendered?.metadata as Partial<CompiledPage> | undefined;
    const files = this.#files(digest);
    return entry.digest === digest && metadata?.compiled === files.compiled && metadata.frontmatterHtml === files.frontmatterHtml && isCached(files);
  }

  /**
   * A page read to compile: its new entry, or the problems that keep it out. `compile` defaults to this thread. A page
   * in the cache is validated against the schema (which may have changed) but not compiled again.
   */
  async compile(page: ColdPage, compile: Compile = this.#compileHere): Promise<SyncedPage> {
    const { id, path, file, digest } = page;
    const files = this.#files(digest);
    const cached = isCached(files);
    try {
      const data = await this.#context.parseData({ id, data: page.frontmatter, filePath: path });
      const components = cached ? await cachedComponents(files) : await this.#compileInto(page, data, compile);
      const metadata: CompiledPage = { compiled: files.compiled, components, frontmatterHtml: files.frontmatterHtml };
      return { id, cached, entry: { id, data, filePath: file, digest, rendered: { html: '', metadata: { ...metadata } } } };
    } catch (error) {
      return { problems: [compileProblem(file, error)] };
    }
  }

  /** Compiles the page into the cache's files; the components its body uses. */
  async #compileInto(page: ColdPage, data: Record<string, unknown>, compile: Compile): Promise<string[]> {
    const { code, components } = await compile(page.body, page.file);
    const html = await renderFrontmatterHtml((data.corrections ?? []) as Array<{ id: number; note: string }>, page.frontmatter);
    await writeCachedPage(this.#cache, this.#files(page.digest), { code, frontmatterHtml: JSON.stringify(html), components });
    return components;
  }

  readonly #compileHere: Compile = (body, file) => compileMdx((this.#processor ??= mdxProcessor(this.#context.config)), body, file);

  /** One page, read and compiled if it changed; `compile` defaults to this thread. */
  async sync(path: string, compile?: Compile): Promise<SyncedPage> {
    const page = await this.read(path);
    return 'body' in page ? this.compile(page, compile) : page;
  }

  /** Compiled bodies no entry points at any more (an edited page's old digest). */
  async prune(): Promise<void> {
    await pruneCachedPages(this.#cache, [...this.#context.store.values()].flatMap((entry) => (entry.digest === undefined ? [] : [String(entry.digest)])));
  }

  /** `npm run dev`: the converter rewrites pages while the server runs. */
  watch(watcher: NonNullable<LoaderContext['watcher']>): void {
    const { logger, store } = this.#context;
    const ours = (path: string) => path.startsWith(this.#folder) && path.endsWith(EXTENSION);
    const update = async (path: string) => {
      if (!ours(path)) return;
      const result = await this.sync(path);
      if ('problems' in result) return logger.error(result.problems.join('\n'));
      if (result.entry) store.set(result.entry);
      // A page whose slug changed leaves its entry under the old id.
      for (const entry of store.values()) if (entry.filePath === this.name(path) && entry.id !== result.id) store.delete(entry.id);
      logger.info(`Reloaded ${this.name(path)}`);
    };
    watcher.add(this.#folder);
    watcher.on('change', update);
    watcher.on('add', update);
    watcher.on('unlink', (path) => {
      if (!ours(path)) return;
      for (const entry of store.values()) if (entry.filePath === this.name(path)) store.delete(entry.id);
    });
  }
}

/** The store's entries by the file each came from. */
function entriesByFile(entries: Iterable<Entry>): Map<string, Entry[]> {
  const byFile = new Map<string, Entry[]>();
  for (const entry of entries) if (entry.filePath) byFile.set(entry.filePath, [...(byFile.get(entry.filePath) ?? []), entry]);
  return byFile;
}

/** js-yaml counts lines from 0 within the frontmatter, which starts on the file's second line. */
function yamlProblem(file: string, error: unknown): string {
  const mark = (error as { mark?: { line: number } }).mark;
  const reason = (error as { reason?: string }).reason ?? String(error);
  return `${file}${mark ? `:${mark.line + 1}` : ''}: frontmatter: ${reason}`;
}

/**
 * MDX syntax errors carry the line in the page (the frontmatter is kept as empty lines); Astro's schema errors
 * are Markdown over several lines, told here on one.
 */
function compileProblem(file: string, error: unknown): string {
  const { line, column, reason, message } = error as { line?: number; column?: number; reason?: string; message?: string };
  const text = (reason ?? message ?? String(error)).replace(/\*\*/g, '').split('\n').map((part) => part.trim()).filter(Boolean).join(' ');
  return `${file}${line ? `:${line}:${column ?? 1}` : ''}: ${text}`;
}
