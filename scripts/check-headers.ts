// Last step of `astro build` (src/lib/publish-integration.mjs), or alone: `tsx scripts/check-headers.ts [dist]`.
// Fails when the built site's `_headers` (from public/_headers) would block something the pages contain, or
// leave a page without its security and caching headers.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHeadersFile } from './lib/headers-file.ts';
import { auditSiteHeaders, type BuiltFile } from './lib/site-headers-audit.ts';

/**
 * The built site's files in path order, each page's HTML read only when the audit reaches it: one page at a time
 * in memory rather than all of them (50,000 pages of some 300 MB at 5,000 questions, beside the build's heap).
 */
function* builtFiles(dir: string, counted: { pages: number; files: number }): Generator<BuiltFile> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== '_headers')
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { file, path: `/${relative(dir, file).split('\\').join('/')}` };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
  for (const { file, path } of files) {
    counted.files++;
    if (!file.endsWith('.html')) yield { path };
    else {
      counted.pages++;
      yield { path, html: readFileSync(file, 'utf8') };
    }
  }
}

/** What the built site's `_headers` would break, every problem once; and, when nothing, what it covers. */
export function checkHeaders(dir: string): { problems: string[]; summary: string } {
  const headersFile = join(dir, '_headers');
  const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'), 'public/_headers');
  const counted = { pages: 0, files: 0 };
  const problems = auditSiteHeaders(builtFiles(dir, counted), rules, 'public/_headers').map((p) => (p.startsWith('public/') ? p : join(dir, p)));
  const summary = `${counted.pages} pages and ${counted.files} files covered by ${headersFile}`;
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
