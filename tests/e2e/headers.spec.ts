// What ships: every page type is served with the strict CSP and the security headers of public/_headers,
// runs with no CSP violation or console error (the fixture fails the test otherwise), and assets get the
// caching their names allow.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { anchorBoxes, topics } from './support/content';
import { sites } from './support/sites';

const pageTypes = [
  { name: 'home', path: './', status: 200, ready: 'h1' },
  { name: 'topic', path: `topics/${topics[0]!.id}/`, status: 200, ready: 'h1' },
  { name: 'question', path: `questions/${anchorBoxes.slug}/`, status: 200, ready: 'h1' },
  { name: 'source', path: 'sources/a/', status: 200, ready: 'h1' },
  { name: 'corrections', path: 'corrections/', status: 200, ready: 'h1' },
  { name: 'search with a query run', path: 'search/?q=anchor+boxes', status: 200, ready: '.search-result__page' },
  { name: 'short link', path: `q/${anchorBoxes.n}/b/`, status: 200, ready: 'h3#source-b' },
  { name: '404', path: 'questions/anchr-boxs/', status: 404, ready: '[data-nearest-list] li' },
];

/** Directives and sources the issue requires; the policy may add more restrictions, never looser ones. */
function expectStrictPolicy(policy: string | undefined): void {
  expect(policy, 'Content-Security-Policy').toBeTruthy();
  const directives = new Map(policy!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name!, sources]));
  expect(directives.get('default-src')).toEqual(["'self'"]);
  const scripts = directives.get('script-src')!;
  expect(scripts).toContain("'self'");
  expect(scripts).toContain("'wasm-unsafe-eval'");
  expect(scripts.filter((s) => !["'self'", "'wasm-unsafe-eval'"].includes(s)).every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s))).toBe(true);
  expect(directives.get('style-src')).toEqual(["'self'"]);
  expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
  expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
  expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  expect(policy).not.toContain('unsafe-inline');
}

for (const { name, path, status, ready } of pageTypes) {
  test(`${name}: strict CSP and security headers, and nothing on the page violates them`, async ({ page }) => {
    const responses: Array<{ status: number; headers: Record<string, string> }> = [];
    page.on('response', (response) => {
      if (response.request().isNavigationRequest()) responses.push({ status: response.status(), headers: response.headers() });
    });
    await page.goto(path);
    await expect(page.locator(ready).first()).toBeVisible();
    const document = responses.at(-1)!;
    expect(document.status).toBe(status);
    expectStrictPolicy(document.headers['content-security-policy']);
    expect(document.headers['x-content-type-options']).toBe('nosniff');
    expect(document.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(document.headers['permissions-policy']).toMatch(/camera=\(\)/);
    expect(document.headers['cache-control']).toMatch(/max-age=0, must-revalidate/);
  });
}

test('the CSP is enforced, and the test fixture reports what it blocks', async ({ page, problems }) => {
  await page.goto(`questions/${anchorBoxes.slug}/`);
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.head.append(script);
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => problems.list.some((p) => p.includes('CSP violation: script-src-elem blocked inline'))).toBe(true);
  problems.list.length = 0;
});

const firstFile = (dir: string) => readdirSync(join(sites.root.dir, dir)).sort()[0]!;

test('hashed assets are cached for good; data that changes with each build revalidates', async ({ request }) => {
  const immutable = [`_astro/${firstFile('_astro')}`, `pagefind/fragment/${firstFile('pagefind/fragment')}`, `pagefind/index/${firstFile('pagefind/index')}`];
  for (const path of immutable) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('public, max-age=31536000, immutable');
  }
  for (const path of ['handbook.json', 'pagefind/pagefind-entry.json', 'question-titles.json', 'site-nav.json']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toBe('public, max-age=0, must-revalidate');
    expect(response.headers()['content-type'], path).toMatch(/^application\/json/);
  }
});
