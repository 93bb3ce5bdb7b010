// Last step of `astro build` (src/lib/publish-overlap.mjs), or alone: `tsx scripts/check-headers.ts [dist]`.
// Fails when the built site's `_headers` (from public/_headers) would block something the pages contain, or
// leave a page without its security and caching headers. In the build, the files outside Pagefind's folder are
// audited while Pagefind indexes, the rest after the offline step.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseHeadersFile, type HeaderRule } from './lib/headers-file.ts';
import { PAGEFIND_FOLDER } from './lib/offline-manifest.ts';
import { auditSiteHeaders } from './lib/site-headers-audit.ts';

const HEADERS_SOURCE = 'public/_headers';

// The audit gives the event loop a turn this often, so that Pagefind's answers (read on this thread) never wait long.
const TURN_MS = 10;

/** Each audited file's problems, by its path in the built site. */
export type AuditedFiles = Map<string, string[]>;

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

const rulesOf = (dir: string): HeaderRule[] => parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'), HEADERS_SOURCE);

/**
 * Audits the files of `paths` that `audited` lacks, into it, each page read as the audit reaches it (50,000 pages
 * read up front held them all at once).
 */
async function audit(paths: Array<{ path: string; file: string }>, rules: HeaderRule[], audited: AuditedFiles): Promise<AuditedFiles> {
  let turn = performance.now();
  for (const { path, file } of paths) {
    if (audited.has(path)) continue;
    const html = file.endsWith('.html') ? readFileSync(file, 'utf8') : undefined;
    audited.set(path, auditSiteHeaders([{ path, html }], rules, HEADERS_SOURCE));
    if (performance.now() - turn > TURN_MS) {
      await nextTurn();
      turn = performance.now();
    }
  }
  return audited;
}

/** The audit of the files outside Pagefind's folder: what can be checked while Pagefind writes its own. */
export async function auditOutsidePagefind(dir: string): Promise<AuditedFiles> {
  return audit(builtPaths(dir).filter(({ path }) => !path.startsWith(`/${PAGEFIND_FOLDER}/`)), rulesOf(dir), new Map());
}

/** What the built site's `_headers` would break, every problem once, in file order; and, when nothing, what it covers. */
export async function checkHeaders(dir: string, outsidePagefind: AuditedFiles = new Map()): Promise<{ problems: string[]; summary: string }> {
  const headersFile = join(dir, '_headers');
  const paths = builtPaths(dir);
  const audited = await audit(paths, rulesOf(dir), new Map(outsidePagefind));
  const problems = paths.flatMap(({ path }) => audited.get(path)!).map((p) => (p.startsWith('public/') ? p : join(dir, p)));
  const summary = `${paths.filter((p) => p.file.endsWith('.html')).length} pages and ${paths.length} files covered by ${headersFile}`;
  return { problems: [...new Set(problems)], summary };
}

/** The problems as they are printed: one a line, then how many. */
export function problemReport(problems: string[]): string {
  return [...problems, `check-headers: ${problems.length} problem${problems.length > 1 ? 's' : ''}`].join('\n');
}

async function run(dir: string): Promise<number> {
  const { problems, summary } = await checkHeaders(dir);
  if (problems.length === 0) {
    console.log(`check-headers: ${summary}`);
    return 0;
  }
  console.error(problemReport(problems));
  return 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = await run(process.argv[2] ?? 'dist');
  } catch (error) {
    console.error(`check-headers: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
