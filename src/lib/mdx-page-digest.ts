// What a question page's digest covers besides its text (mdx-pages-loader.ts): the code and packages that compile it,
// and the Markdown settings it is compiled with. A page is compiled again exactly when one of them changes.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { codeDigest } from './code-digest';

const LOADER = new URL('mdx-pages-loader.ts', import.meta.url).href;

/**
 * Part of every digest: the compiler's version and every package's (the lock file, when there is one), and the
 * code of the loader and of mdx-page-compiler.ts, which it imports (they say what the store holds), of mdx-compile.ts (how it calls the compiler, with the pages it
 * skips plugins on, and its SmartyPants) and of frontmatter-html.ts (which Markdown of the frontmatter it renders,
 * with markdown.ts), with every module they import. A new compiler, new options or a new entry format compile
 * every page again. So do other Markdown settings in astro.config.mjs (compileSettingsText): Astro clears its store
 * when its config changes, and a page whose digest is unchanged is then taken from the cache, not compiled again.
 */
export async function compilerSalt(root: string, loader: string = LOADER): Promise<string> {
  const versions = await Promise.all(
    ['@mdx-js/mdx', '@astrojs/markdown-remark', 'retext-smartypants'].map(async (name) => {
      const manifest = JSON.parse(await readFile(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      return `${name}@${manifest.version}`;
    }),
  );
  const lock = join(root, 'package-lock.json');
  const locked = existsSync(lock) ? createHash('sha256').update(await readFile(lock)).digest('hex') : 'no lock file';
  const code = codeDigest([loader, ...['mdx-compile.ts', 'frontmatter-html.ts'].map((file) => new URL(file, import.meta.url).href)].map((url) => fileURLToPath(url)));
  // Short: it is part of every page's digest.
  return createHash('sha256').update([...versions, locked, code].join('\n')).digest('hex');
}

/**
 * The settings a page is compiled with (astro.config.mjs's Markdown options, which @astrojs/mdx applies), as text:
 * functions (Shiki's transformers) by their source.
 */
export function compileSettingsText({ markdown, experimental }: Pick<LoaderContext['config'], 'markdown' | 'experimental'>): string {
  return JSON.stringify({ markdown, headingIdCompat: experimental.headingIdCompat }, (_key, value: unknown) => (typeof value === 'function' ? String(value) : value));
}
