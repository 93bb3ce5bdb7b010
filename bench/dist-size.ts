// What a build writes: dist/ as the sum of its files' sizes (not `du`, which counts a 4 KB block per directory
// and per small file), by top-level folder, and the size of one question page's HTML, to see it grow with N.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The search index: left out of the per-question figure (issue 13 budgets it separately). */
export const INDEX_FOLDER = 'pagefind';

export interface DistSize {
  questions: number;
  bytes: number;
  /** Bytes per question without the search index. */
  perQuestionBytes: number;
  /** Bytes under each top-level folder of dist/; files at the top level count under their own name. */
  byFolder: Record<string, number>;
}

function treeBytes(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + treeBytes(join(path, name)), 0);
}

export function distSize(dist: string): DistSize {
  const questions = readdirSync(join(dist, 'questions')).length;
  const byFolder: Record<string, number> = {};
  for (const name of readdirSync(dist).sort()) byFolder[name] = treeBytes(join(dist, name));
  const bytes = Object.values(byFolder).reduce((sum, b) => sum + b, 0);
  return { questions, bytes, perQuestionBytes: Math.round((bytes - (byFolder[INDEX_FOLDER] ?? 0)) / questions), byFolder };
}

/** Raw and gzip bytes of one question page's HTML. */
export function questionHtmlSize(dist: string, slug: string): { slug: string; bytes: number; gzipBytes: number } {
  const html = readFileSync(join(dist, 'questions', slug, 'index.html'));
  return { slug, bytes: html.length, gzipBytes: gzipSync(html, { level: 9 }).length };
}
