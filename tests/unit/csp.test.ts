// What the build's CSP check finds in a page: inline code a strict policy would block, with the hash to add.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { auditPage, parsePolicy } from '../../scripts/lib/csp.ts';
import { auditSiteHeaders } from '../../scripts/lib/site-headers-audit.ts';
import { parseHeadersFile } from '../../scripts/lib/headers-file.ts';
import { FIXTURES } from './helpers.ts';

const { policy, cases } = parse(readFileSync(join(FIXTURES, 'csp', 'cases.yaml'), 'utf8')) as {
  policy: string;
  cases: Array<{ name: string; html: string; problems: string[] }>;
};

describe('a page against a strict policy', () => {
  test.each(cases)('$name', ({ html, problems }) => {
    expect(auditPage(html, 'page.html', policy)).toEqual(problems.map((p) => `page.html:${p}`));
  });
});

test('a page no policy covers is reported; script-src falls back to default-src', () => {
  expect(auditPage('<p>hi</p>', 'page.html', undefined)).toEqual(['page.html:1: no Content-Security-Policy applies to this page']);
  expect(parsePolicy("default-src 'self'; img-src 'self' data:").get('img-src')).toEqual(["'self'", 'data:']);
  expect(auditPage('<script>x()</script>', 'p.html', "default-src 'self' 'unsafe-inline'")).toEqual([]);
});

test('a built site whose _headers leave a page without its headers, or set one header twice, is reported', () => {
  const rules = parseHeadersFile(
    ["/*", "  Content-Security-Policy: default-src 'self'", '  X-Content-Type-Options: nosniff', '/a/*', '  X-Content-Type-Options: nosniff', '  Cache-Control: no-cache'].join('\n'),
    '_headers',
  );
  expect(auditSiteHeaders([{ path: '/a/index.html', html: '<p>a</p>' }, { path: '/b.js' }], rules, '_headers')).toEqual([
    '_headers: x-content-type-options is set by more than one rule matching /a/',
    '_headers: no rule sets Referrer-Policy for /a/',
    '_headers: no rule sets Permissions-Policy for /a/',
  ]);
  expect(auditSiteHeaders([{ path: '/index.html', html: '<p>home</p>' }], rules, '_headers')).toContain(
    '_headers: no rule makes / revalidate (Cache-Control: public, max-age=0, must-revalidate)',
  );
});
