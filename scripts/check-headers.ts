// Last step of `npm run build`: fails when the built site's `_headers` (from public/_headers) would block
// something the pages contain, or leave a page without its security and caching headers.
//   tsx scripts/check-headers.ts [dist]
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHeadersFile } from './lib/headers-file.ts';
import { auditSiteHeaders, type BuiltFile } from './lib/site-headers-audit.ts';

function builtFiles(dir: string): BuiltFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name !== '_headers')
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      const path = `/${relative(dir, file).split('\\').join('/')}`;
      return file.endsWith('.html') ? { path, html: readFileSync(file, 'utf8') } : { path };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

function run(dir: string): number {
  const headersFile = join(dir, '_headers');
  const rules = parseHeadersFile(readFileSync(headersFile, 'utf8'), 'public/_headers');
  const files = builtFiles(dir);
  const problems = auditSiteHeaders(files, rules, 'public/_headers').map((p) => (p.startsWith('public/') ? p : join(dir, p)));
  const unique = [...new Set(problems)];
  if (unique.length === 0) {
    console.log(`check-headers: ${files.filter((f) => f.html).length} pages and ${files.length} files covered by ${headersFile}`);
    return 0;
  }
  console.error(unique.join('\n'));
  console.error(`check-headers: ${unique.length} problem${unique.length > 1 ? 's' : ''}`);
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
