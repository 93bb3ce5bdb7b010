// The _headers file the server and the hosts read, and how the server answers requests for a built site.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { headersFor, matchesPattern, parseHeadersFile, repeatedHeaders } from '../../scripts/lib/headers-file.ts';
import { answerRequest } from '../../scripts/lib/static-site.ts';
import { errorOf, FIXTURES, ROOT } from './helpers.ts';

const fixture = (name: string) => readFileSync(join(FIXTURES, 'headers', name), 'utf8');

describe('URL patterns', () => {
  test.each(parse(fixture('matching.yaml')) as Array<[string, string, boolean]>)('%s against %s: %s', (pattern, path, expected) => {
    expect(matchesPattern(pattern, path)).toBe(expected);
  });
});

test('every problem in a _headers file is reported as file:line, all at once', () => {
  expect(errorOf(() => parseHeadersFile(fixture('bad-headers'), 'bad-headers')).split('\n')).toEqual([
    'bad-headers:2: header line before any URL pattern',
    'bad-headers:5: a URL pattern must start with "/" (got "questions/*")',
    'bad-headers:7: /empty has no headers',
    'bad-headers:8: /broken has no headers',
    'bad-headers:9: expected "Name: value", got "not a header line"',
    'bad-headers:10: header X-Blank has no value',
  ]);
});

test('headers of every matching rule apply; one set twice is joined, as Cloudflare Pages does, and reported', () => {
  const rules = parseHeadersFile('/*\n  X-A: 1\n  Cache-Control: no-cache\n/a/*\n  cache-control: max-age=5\n  X-B: 2\n', '_headers');
  expect(headersFor(rules, '/a/b')).toEqual({ 'X-A': '1', 'Cache-Control': 'no-cache, max-age=5', 'X-B': '2' });
  expect(repeatedHeaders(rules, '/a/b')).toEqual(['cache-control']);
  expect(repeatedHeaders(rules, '/other')).toEqual([]);
});

test("the site's public/_headers parses and gives pages their policy and hashed assets long caching", () => {
  const rules = parseHeadersFile(readFileSync(join(ROOT, 'public', '_headers'), 'utf8'), 'public/_headers');
  expect(headersFor(rules, '/questions/anchor-boxes/')['Content-Security-Policy']).toMatch(/^default-src 'self';/);
  expect(headersFor(rules, '/_astro/x.Ab12.js')['Cache-Control']).toBe('public, max-age=31536000, immutable');
  expect(headersFor(rules, '/q/23/b/')['Cache-Control']).toBe('public, max-age=0, must-revalidate');
});

describe('the static server', () => {
  const { files, cases } = parse(fixture('requests.yaml')) as { files: string[]; cases: Array<Record<string, unknown> & { base: string; path: string }> };
  test.each(cases)('$base: $path', ({ base, path, ...expected }) => {
    expect(answerRequest(path, base, (relative) => files.includes(relative))).toEqual(expected);
  });
});
