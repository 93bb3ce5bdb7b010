// Last step after the pages (src/lib/publish-steps.mjs), or alone: `tsx scripts/check-headers.ts [dist]`.
// Fails when the built site's `_headers` (from public/_headers) would block something the pages contain, or
// leave a page without its security and caching headers.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHeadersFile } from './lib/headers-file.ts';
import { auditSiteHeaders, type BuiltFile } from './lib/site-headers-audit.ts';

/** The built files, by path. */
function builtPaths(dir: string): Array<{ path: string; file: string }> {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== '_headers')
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { path: `/${relative(dir, file).split('\\').join('/')}`, file };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Each file with its page's HTML, read as the audit reaches it: 50,000 pages read up front held them all at once. */
function* builtFiles(paths: Array<{ path: string; file: string }>): Generator<BuiltFile> {
  for (const { path, file } of paths) yield file.endsWith('.html') ? { path, html: readFileSync(file, 'utf8') } : { path };
}

/** What the built site's `_headers` would break, every problem once; and, when nothing, what it covers. */
export function checkHeaders(dir: string): { problems: string[]; summary: string } {
  const headersFile = join(dir, '_headers');
  const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'), 'public/_headers');
  const paths = builtPaths(dir);
  const problems = auditSiteHeaders(builtFiles(paths), rules, 'public/_headers').map((p) => (p.startsWith('public/') ? p : join(dir, p)));
  const summary = `${paths.filter((p) => p.file.endsWith('.html')).length} pages and ${paths.length} files covered by ${headersFile}`;
  return { problems: [...new Set(problems)], summary };
}

/** The problems as they are printed: one a line, then how many. */
export function problemReport(problems: string[]): string {
  return [...problems, `check-headers: ${problems.length} problem${problems.length > 1 ? 's' : ''}`].join('\n');
}

function run(dir: string): number {
  const { problems, summary } = checkHeaders(dir);
  if (problems.length === 0) {
    console.log(`check-headers: ${summary}`);
    return 0;
  }
  console.error(problemReport(problems));
  return 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = run(process.argv[2] ?? 'dist');
  } catch (error) {
    console.error(`check-headers: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
