// Whether a built site's `_headers` cover it: every page gets a CSP that allows everything inline in it,
// the security headers and a revalidating Cache-Control of its own, and no header is set twice for a file
// (Netlify and Cloudflare Pages would send different values).
import { auditPage } from './csp.ts';
import { headersFor, repeatedHeaders, type HeaderRule } from './headers-file.ts';

export interface BuiltFile {
  /** Path of the file in the built site, as its URL path: '/questions/x/index.html'. */
  path: string;
  /** Text of an HTML page; undefined for other files. */
  html?: string;
}

const REQUIRED_ON_PAGES = ['Content-Security-Policy', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy'];

/** The URL a page is requested at: '/questions/x/' for '/questions/x/index.html'. */
export function pageUrl(path: string): string {
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

function header(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

/** Every problem, file by file: `files` may read each page as it is reached, so that no more than one is held. */
export function auditSiteHeaders(files: Iterable<BuiltFile>, rules: HeaderRule[], headersFile: string): string[] {
  const problems: string[] = [];
  for (const { path, html } of files) {
    const url = html === undefined ? path : pageUrl(path);
    const headers = headersFor(rules, url);
    problems.push(...repeatedHeaders(rules, url).map((name) => `${headersFile}: ${name} is set by more than one rule matching ${url}`));
    if (html === undefined) continue;
    for (const name of REQUIRED_ON_PAGES.filter((n) => !header(headers, n))) problems.push(`${headersFile}: no rule sets ${name} for ${url}`);
    if (!/\bmust-revalidate\b|\bno-cache\b/.test(header(headers, 'Cache-Control') ?? ''))
      problems.push(`${headersFile}: no rule makes ${url} revalidate (Cache-Control: public, max-age=0, must-revalidate)`);
    problems.push(...auditPage(html, path.slice(1), header(headers, 'Content-Security-Policy')));
  }
  return problems;
}
