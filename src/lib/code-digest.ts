// The digest of a module and of every project module it imports, so that a cache of what that code makes (the
// preview cards, card-workers.ts; the compiled pages, mdx-pages-loader.ts) is discarded whenever any of it
// changes, without a list of files or a version to keep by hand.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, relative, resolve } from 'node:path';

// `import … from './x.mjs'`, `export … from './x.mjs'` and `import './x.mjs'`: the static imports of the
// project's own files. Packages are not followed (their versions are named apart), nor are dynamic imports.
const RELATIVE_IMPORT = /^[ \t]*(?:(?:import|export)\s[^'"]*?from\s*|import\s*)['"](\.\.?\/[^'"]+)['"]/gm;

/** The relative specifiers a module's code imports statically, in order. */
export function relativeImports(code: string): string[] {
  return [...code.matchAll(RELATIVE_IMPORT)].map((match) => match[1]!);
}

// TypeScript modules import each other without an extension ('./markdown'), as Vite and esbuild resolve them.
const EXTENSIONS = ['.ts', '.mts', '.mjs', '.js', '/index.ts', '/index.js'];

/** The file an import names: as written when it has an extension, else the first that exists with one. */
function moduleFile(path: string): string {
  if (extname(path) !== '') return path;
  return EXTENSIONS.map((extension) => path + extension).find((file) => existsSync(file)) ?? path;
}

/** The files of the entries' static import graph within the project, in the order met, each once. */
export function importClosure(entries: string | string[], read: (path: string) => string = (path) => readFileSync(path, 'utf8')): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (path: string): void => {
    if (files.has(path)) return;
    const code = read(path);
    files.set(path, code);
    for (const specifier of relativeImports(code)) visit(moduleFile(resolve(dirname(path), specifier)));
  };
  for (const entry of [entries].flat()) visit(resolve(entry));
  return files;
}

/** SHA-256 over each file of the closure, named relative to the first entry's folder so that a moved checkout keeps it. */
export function codeDigest(entries: string | string[], read?: (path: string) => string): string {
  const hash = createHash('sha256');
  const base = dirname(resolve([entries].flat()[0]!));
  for (const [path, code] of importClosure(entries, read)) hash.update(`${relative(base, path)}\n${code.length}\n`).update(code);
  return hash.digest('hex');
}
