// The question-page loader (src/lib/mdx-pages-loader.ts): each folder of tests/fixtures/mdx-pages/ is a
// questions folder, and its expected.txt holds what loading it reports: "ok", or every problem as
// `file:line: message`, all at once. A page is compiled once per content digest.
import { createHash } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { correctionNotes, renderedKeyPoints } from '../../src/lib/frontmatter-html.ts';
import { renderMarkdown } from '../../src/lib/markdown.ts';
import { compilerSalt } from '../../src/lib/mdx-page-digest.ts';
import { mdxPages, type CompiledPage, type MdxPagesOptions } from '../../src/lib/mdx-pages-loader.ts';
import { shikiConfig } from '../../src/lib/shiki.mjs';
import { FIXTURES, memoryStore, tempDirs } from './helpers.ts';

const dir = join(FIXTURES, 'mdx-pages');
const scenarios = readdirSync(dir).sort();
const schema = z.object({ n: z.number().int(), slug: z.string(), title: z.string(), corrections: z.array(z.object({ id: z.number(), note: z.string() })).optional() });

/** What Astro hands a loader, with a store in memory that counts what is written to it, and what it logs. */
function context(cache: string, markdown: Record<string, unknown> = {}) {
  const store = memoryStore();
  const logged: string[] = [];
  // Astro's own message, in Markdown over several lines.
  const parseData = async ({ id, data }: { id: string; data: unknown }) => {
    const parsed = schema.safeParse(data);
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues.map((issue) => `  **${issue.path.join('.')}**: ${issue.message}`);
    throw new Error([`**questions → ${id}** data does not match collection schema.\n`, ...issues, ''].join('\n'));
  };
  const ctx = {
    collection: 'questions',
    store,
    config: { root: pathToFileURL(`${process.cwd()}/`), cacheDir: pathToFileURL(`${cache}/`), markdown: { ...markdownConfigDefaults, shikiConfig, ...markdown }, experimental: {} },
    logger: { info: (message: string) => logged.push(message), warn() {}, error() {} },
    parseData,
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16),
  };
  return { ctx: ctx as unknown as LoaderContext, store, logged };
}

const tempDir = tempDirs('mdx-pages-');

const load = (folder: string, ctx: LoaderContext, options: MdxPagesOptions = {}) =>
  mdxPages(folder, options)
    .load(ctx)
    .then(() => 'ok')
    .catch((error: Error) => error.message.split('\n').slice(1).join('\n'));

// Starting worker threads loads the compiler in each: seconds on a busy machine.
describe('question pages loader', { timeout: 60_000 }, () => {
  // Every scenario on this thread, and on the compile workers as a cold build of many pages has it.
  it.each(scenarios.flatMap((scenario) => [[scenario, 'this thread', 100], [scenario, 'worker threads', 1]] as const))('%s (%s)', async (scenario, _threads, poolFrom) => {
    const expected = readFileSync(join(dir, scenario, 'expected.txt'), 'utf8').trim();
    expect(await load(join(dir, scenario), context(tempDir()).ctx, { poolFrom })).toBe(expected);
  });

  it('compiles a page with the plugins @astrojs/mdx applies (GFM, SmartyPants, heading ids)', async () => {
    const { ctx, store } = context(tempDir());
    await load(join(dir, 'good'), ctx);
    const code = (id: string) => readFileSync((store.get(id)!.rendered!.metadata as unknown as CompiledPage).compiled, 'utf8');
    expect(code('one')).toContain('“quotes”');
    // Plain HTML compiles to strings (rehype-static-html.ts).
    expect(code('one')).toContain('<table>');
    expect(code('two')).toContain('id=\\"a-heading\\"');
    expect(store.get('one')!.data).toMatchObject({ n: 1, slug: 'one', title: 'One?' });
    expect((store.get('one')!.rendered!.metadata as unknown as CompiledPage).components).toEqual(['Box']);
    expect((store.get('two')!.rendered!.metadata as unknown as CompiledPage).components).toEqual([]);
  });

  it('renders the correction notes and key points of the frontmatter once, as lib/markdown.ts renders them', async () => {
    const { ctx, store } = context(tempDir());
    await load(join(dir, 'good'), ctx);
    const html = (id: string) => JSON.parse(readFileSync((store.get(id)!.rendered!.metadata as unknown as CompiledPage).frontmatterHtml, 'utf8'));
    const note = 'A *note* with "quotes" and `code`.';
    const points = ['Anchors are *fixed* reference boxes -- not "learned".', 'Offsets are regressed: `dx`, `dy`.'];
    expect(html('one')).toEqual({
      notes: { 2: await renderMarkdown(note) },
      keyPoints: Object.fromEntries(await Promise.all(points.map(async (point) => [point, await renderMarkdown(point)]))),
    });
    // A key point without text is not one.
    expect(html('two')).toEqual({ notes: {}, keyPoints: {} });
    // As the corrections page and /practice.json read them.
    expect(correctionNotes(store.get('one')!).get(2)).toContain('<em>note</em>');
    expect([...renderedKeyPoints(store.values()).keys()]).toEqual(points);
    expect(renderedKeyPoints(store.values()).get(points[0]!)).toContain('<em>fixed</em>');
  });

  it('compiles on the worker threads exactly what it compiles on this thread', async () => {
    const code = async (poolFrom: number) => {
      const { ctx, store } = context(tempDir());
      await load(join(dir, 'good'), ctx, { poolFrom });
      return store.values().map((entry) => readFileSync((entry.rendered!.metadata as unknown as CompiledPage).compiled, 'utf8'));
    };
    expect(await code(1)).toEqual(await code(100));
  });

  it('compiles every page again after a change of packages or of the loader', async () => {
    // A project whose packages are this one's, under two lock files.
    const project = tempDir();
    symlinkSync(join(process.cwd(), 'node_modules'), join(project, 'node_modules'));
    writeFileSync(join(project, 'package-lock.json'), '{"lockfileVersion": 3}');
    const salt = await compilerSalt(project);
    expect(await compilerSalt(project)).toBe(salt);
    expect(salt).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(join(project, 'package-lock.json'), '{"lockfileVersion": 3, "packages": {}}');
    expect(await compilerSalt(project)).not.toBe(salt);
    const lock = await compilerSalt(project);
    expect(await compilerSalt(project, pathToFileURL(join(FIXTURES, 'code-digest', 'entry.mjs')).href)).not.toBe(lock);
  });

  it('compiles a page again only when its content changed, and drops what is gone', async () => {
    const folder = tempDir();
    cpSync(join(dir, 'good'), folder, { recursive: true });
    const { ctx, store } = context(tempDir());
    await load(folder, ctx);
    expect(store.writes).toBe(2);
    await load(folder, ctx);
    expect(store.writes).toBe(2);

    const page = join(folder, '02-two.mdx');
    const before = store.get('two')!.rendered!.metadata as unknown as CompiledPage;
    writeFileSync(page, readFileSync(page, 'utf8').replace('Text.', 'Other text.'));
    await load(folder, ctx);
    expect(store.writes).toBe(3);
    expect(existsSync(before.compiled)).toBe(false);
    expect(existsSync(before.frontmatterHtml)).toBe(false);

    rmSync(join(folder, '01-one.mdx'));
    await load(folder, ctx);
    expect(store.keys()).toEqual(['two']);
  });

  it('takes unchanged pages from the cache, validated but not compiled, when Astro has cleared its store', async () => {
    const folder = tempDir();
    cpSync(join(dir, 'good'), folder, { recursive: true });
    const cache = tempDir();
    const first = context(cache);
    await load(folder, first.ctx);
    expect(first.logged).toEqual([expect.stringMatching(/^2 of 2 pages compiled in .* s on the main thread, the others unchanged$/)]);
    const compiled = first.store.values().map((entry) => (entry.rendered!.metadata as unknown as CompiledPage).compiled);
    const written = compiled.map((file) => statSync(file).mtimeMs);
    // A new store over the same cache, as Astro's is when its config changed ("Clearing content store").
    const cleared = context(cache);
    await load(folder, cleared.ctx);
    expect(cleared.logged).toEqual([expect.stringMatching(/^0 of 2 pages compiled in .* s on the main thread, 2 as compiled before \(from the cache\), the others unchanged$/)]);
    expect(cleared.store.values()).toEqual(first.store.values());
    expect(compiled.map((file) => statSync(file).mtimeMs)).toEqual(written);
    // The schema still applies: a page it no longer accepts is reported, cache or not.
    const page = join(folder, '01-one.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace(/^n: 1$/m, 'n: one'));
    expect(await load(folder, context(cache).ctx)).toMatch(/01-one\.mdx/);
  });

  it('compiles every page again when the Markdown settings change', async () => {
    const folder = tempDir();
    cpSync(join(dir, 'good'), folder, { recursive: true });
    const cache = tempDir();
    await load(folder, context(cache).ctx);
    const straight = context(cache, { smartypants: false });
    await load(folder, straight.ctx);
    expect(straight.logged).toEqual([expect.stringMatching(/^2 of 2 pages compiled in /)]);
    const code = readFileSync((straight.store.get('one')!.rendered!.metadata as unknown as CompiledPage).compiled, 'utf8');
    expect(code).not.toContain('“quotes”');
  });

  it('in `npm run dev`, compiles an edited page even when something emptied its cache folder meanwhile', async () => {
    const folder = tempDir();
    cpSync(join(dir, 'good'), folder, { recursive: true });
    const cache = tempDir();
    const { ctx, store } = context(cache);
    // Astro's file watcher, as far as the loader uses it.
    const watcher = Object.assign(new EventEmitter(), { add() {} });
    await load(folder, { ...ctx, watcher } as unknown as LoaderContext);
    // Another build or `astro check` in the project empties it.
    rmSync(join(cache, 'mdx-pages'), { recursive: true, force: true });
    const page = join(folder, '02-two.mdx');
    writeFileSync(page, readFileSync(page, 'utf8').replace('Text.', 'Other text.'));
    watcher.emit('change', page);
    const metadata = () => store.get('two')!.rendered!.metadata as unknown as CompiledPage;
    await vi.waitFor(() => expect(readFileSync(metadata().compiled, 'utf8')).toContain('Other text.'));
    expect(existsSync(metadata().frontmatterHtml)).toBe(true);
  });

  it('compiles again into its own cache when the project moved, store and cache with it', async () => {
    const folder = tempDir();
    cpSync(join(dir, 'good'), folder, { recursive: true });
    const before = tempDir();
    const { ctx, store } = context(before);
    await load(folder, ctx);
    const after = tempDir();
    cpSync(before, after, { recursive: true });
    rmSync(before, { recursive: true, force: true });
    const moved = { ...ctx, config: { ...ctx.config, cacheDir: pathToFileURL(`${after}/`) } } as LoaderContext;
    expect(await load(folder, moved)).toBe('ok');
    for (const id of store.keys()) {
      const { compiled, frontmatterHtml } = store.get(id)!.rendered!.metadata as unknown as CompiledPage;
      expect([compiled, frontmatterHtml].every((file) => file.startsWith(after) && existsSync(file))).toBe(true);
    }
  });
});
