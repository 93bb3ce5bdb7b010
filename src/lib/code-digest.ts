// The digest of a module and of every project module it imports, so that a cache of what that code makes (the
// preview cards, card-workers.ts) is discarded whenever any of it changes, without a version to count up by hand.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

// `import … from './x.mjs'`, `export … from './x.mjs'` and `import './x.mjs'`: the static imports of the
// project's own files. Packages are not followed (their versions are named apart), nor are dynamic imports.
const RELATIVE_IMPORT = /^[ \t]*(?:(?:import|export)\s[^'"]*?from\s*|import\s*)['"](\.\.?\/[^'"]+)['"]/gm;

/** The relative specifiers a module's code imports statically, in order. */
export function relativeImports(code: string): string[] {
  return [...code.matchAll(RELATIVE_IMPORT)].map((match) => match[1]!);
}

/** The files of `entry`'s static import graph within the project, entry first, each once. */
export function importClosure(entry: string, read: (path: string) => string = (path) => readFileSync(path, 'utf8')): Map<string, string> {
  const files = new Map<string, string>();
  const visit = (path: string): void => {
    if (files.has(path)) return;
    const code = read(path);
    files.set(path, code);
    for (const specifier of relativeImports(code)) visit(resolve(dirname(path), specifier));
  };
  visit(resolve(entry));
  return files;
}

/** SHA-256 over each file of the closure, named relative to the entry's folder so that a moved checkout keeps it. */
export function codeDigest(entry: string, read?: (path: string) => string): string {
  const hash = createHash('sha256');
  const base = dirname(resolve(entry));
  for (const [path, code] of importClosure(entry, read)) hash.update(`${relative(base, path)}\n${code.length}\n`).update(code);
  return hash.digest('hex');
}
