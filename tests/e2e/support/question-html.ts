// The HTML of every question page and of /print/, as tests/fixtures/question-html/ keeps it: hashed asset
// names (/_astro/name.HASH.ext, /_astro/chunk-HASH.js) lose their hash, so a change to a script or a
// stylesheet alone does not count as a change to the pages.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const QUESTION_HTML_DIR = resolve('tests/fixtures/question-html');

/** Each page the fixture covers, as its fixture file name → its path under a built site. */
export function coveredPages(site: string): Map<string, string> {
  const slugs = readdirSync(join(site, 'questions'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  const pages = new Map(slugs.map(({ name }) => [`questions-${name}.html.snap`, join(site, 'questions', name, 'index.html')]));
  pages.set('print.html.snap', join(site, 'print', 'index.html'));
  return new Map([...pages].filter(([, path]) => existsSync(path)).sort(([a], [b]) => a.localeCompare(b)));
}

export function withoutAssetHashes(html: string): string {
  return html.replace(/(\/_astro\/[^"'\s)]*?)[.-][A-Za-z0-9_-]{8}(\.[a-z0-9]+)(?=["'\s)?#])/g, '$1$2');
}

export function normalisedPage(path: string): string {
  return withoutAssetHashes(readFileSync(path, 'utf8'));
}

/** One tag a line, so that a difference shows as a readable diff (the comparison itself is exact). */
export function tagLines(html: string): string {
  return html.replace(/></g, '>\n<');
}
