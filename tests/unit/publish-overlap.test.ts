// The steps after Astro's pages side by side: the headers check split around Pagefind's folder reports what one
// pass reports, and the three steps together write the same kind of site and fail as one after the other would.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { parse } from 'yaml';
import { loggedSeconds } from '../../bench/build-time.ts';
import { auditOutsidePagefind, checkHeaders, problemReport } from '../../scripts/check-headers.ts';
import { publishBesidePagefind } from '../../src/lib/publish-overlap.mjs';
import { FIXTURES, ROOT } from './helpers.ts';

const PUBLISH = join(FIXTURES, 'publish');
const SCENARIOS = readdirSync(PUBLISH).filter((name) => existsSync(join(PUBLISH, name, 'site')));

function expected(scenario: string, site: string): { problems: string[]; summary: string } {
  const { problems, summary } = parse(readFileSync(join(PUBLISH, scenario, 'expected.yaml'), 'utf8')) as { problems: string[]; summary: string };
  return { problems: problems.map((p) => p.replace('{site}', site)), summary: summary.replace('{site}', site) };
}

describe('the headers check, split around Pagefind', () => {
  test.each(SCENARIOS)('%s: auditing outside pagefind/ first reports what one pass reports', async (scenario) => {
    const site = join('tests/fixtures/publish', scenario, 'site');
    const outsidePagefind = await auditOutsidePagefind(site);
    expect([...outsidePagefind.keys()].filter((path) => path.startsWith('/pagefind/'))).toEqual([]);
    expect(await checkHeaders(site, outsidePagefind)).toEqual(expected(scenario, site));
    expect(await checkHeaders(site)).toEqual(expected(scenario, site));
  });
});

describe('the three steps beside Pagefind', () => {
  const copies: string[] = [];
  const copyOf = (scenario: string) => {
    const dist = mkdtempSync(join(tmpdir(), `publish-${scenario}-`));
    copies.push(dist);
    cpSync(join(PUBLISH, scenario, 'site'), dist, { recursive: true });
    return dist;
  };
  afterEach(() => {
    vi.restoreAllMocks();
    for (const dist of copies.splice(0)) rmSync(dist, { recursive: true, force: true });
  });

  test('write the index, sw.js and offline.json, each step logging its line as the bench reads it', async () => {
    const dist = copyOf('covered');
    const lines: string[] = [];
    await publishBesidePagefind(dist, join(ROOT, 'pagefind.yml'), (step, line) => lines.push(`[${step}] ${line}`));
    expect(lines.map((line) => /^\[([a-z-]+)\]/.exec(line)?.[1])).toEqual(['pagefind', 'offline', 'check-headers', 'publish']);
    // The bench reads each step's time from the number its line ends with.
    for (const [index, label] of ['pagefind', 'offline', 'check-headers'].entries()) {
      expect(lines[index]).toMatch(/ in \d+\.\d\d s$/);
      expect(loggedSeconds(lines[index]!, label)).toBe(Number(/ in ([\d.]+) s$/.exec(lines[index]!)?.[1]));
    }
    expect(lines[0]).toMatch(/^\[pagefind\] 1 pages indexed in /);
    const offline = JSON.parse(readFileSync(join(dist, 'offline.json'), 'utf8')) as { files: Array<{ url: string }> };
    expect(offline.files.map((file) => file.url)).toEqual(expect.arrayContaining(['index.html', 'pagefind/pagefind.js', 'questions/a/index.html']));
    expect(readFileSync(join(dist, 'sw.js'), 'utf8')).toContain('"url":"offline.json"');
  });

  test("fail with Pagefind's error when the headers check fails too, leaving nothing running and nothing written", async () => {
    const dist = copyOf('covered');
    rmSync(join(dist, '_headers'));
    const config = join(dist, 'broken-pagefind.yml');
    writeFileSync(config, 'no_such_option: true\n');
    await expect(publishBesidePagefind(dist, config, () => {})).rejects.toThrow(/no_such_option/);
    expect(existsSync(join(dist, 'sw.js'))).toBe(false);
  });

  test('report the headers problems together, as one pass over the site they wrote would', async () => {
    const dist = copyOf('gaps');
    const written = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await expect(publishBesidePagefind(dist, join(ROOT, 'pagefind.yml'), () => {})).rejects.toThrow("the site's _headers would break it");
    const { problems } = await checkHeaders(dist);
    expect(problems).toEqual(expect.arrayContaining([...expected('gaps', dist).problems.filter((p) => !p.includes('/pagefind/')), expect.stringMatching(/matching \/pagefind\/pagefind-entry.json$/)]));
    expect(written.mock.calls.map(([text]) => String(text)).join('')).toBe(`${problemReport(problems)}\n`);
  });
});
