// Bytes a reader downloads: per page before any interaction, and for a first and a later search.
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';

export interface Transfer {
  requests: number;
  bytes: number;
  gzipBytes: number;
  /** What Netlify and Cloudflare Pages send: text compressed (gzip here), other files (Pagefind's own gzip files, images) as they are. */
  servedBytes: number;
}
export interface PageWeight {
  path: string;
  html: Transfer;
  css: Transfer;
  js: Transfer;
  other: Transfer;
  total: Transfer;
}

const empty = (): Transfer => ({ requests: 0, bytes: 0, gzipBytes: 0, servedBytes: 0 });
/** The content types the hosts compress. */
const COMPRESSED = /^text\/|javascript|json|xml/;
const add = (t: Transfer, body: Buffer, contentType: string) => {
  const gzipBytes = gzipSync(body, { level: 9 }).length;
  t.requests++;
  t.bytes += body.length;
  t.gzipBytes += gzipBytes;
  t.servedBytes += COMPRESSED.test(contentType) ? gzipBytes : body.length;
};

function kindOf(url: string, contentType: string): 'html' | 'css' | 'js' | 'other' {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css') || url.endsWith('.css')) return 'css';
  if (contentType.includes('javascript') || /\.m?js$/.test(url)) return 'js';
  return 'other';
}

/** Records every response the page receives while `action` runs, with gzip sizes computed here (the test server does not compress). */
export async function recordTransfers(page: Page, action: () => Promise<void>): Promise<Omit<PageWeight, 'path'>> {
  const weight = { html: empty(), css: empty(), js: empty(), other: empty(), total: empty() };
  const pending: Array<Promise<void>> = [];
  const onResponse = (response: import('@playwright/test').Response) => {
    pending.push(
      response
        .body()
        .then((body) => {
          const contentType = response.headers()['content-type'] ?? '';
          add(weight[kindOf(response.url(), contentType)], body, contentType);
          add(weight.total, body, contentType);
        })
        .catch(() => undefined),
    );
  };
  page.on('response', onResponse);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('response', onResponse);
  await Promise.all(pending);
  return weight;
}

export async function measurePageWeight(browser: Browser, siteUrl: string, path: string): Promise<PageWeight> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const weight = await recordTransfers(page, async () => {
    await page.goto(new URL(path, siteUrl).href, { waitUntil: 'load' });
  });
  await context.close();
  return { path, ...weight };
}

/** Bytes fetched by the first search from a fresh question page (opening the dialog, Pagefind, the index), and by a second, different search after it. */
export async function measureSearchBytes(browser: Browser, siteUrl: string, startPage: string, first: string, later: string): Promise<{ first: Transfer; later: Transfer }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(startPage, siteUrl).href, { waitUntil: 'networkidle' });
  const status = page.locator('dialog .search-panel__status');
  const run = (query: string, open: boolean) =>
    recordTransfers(page, async () => {
      if (open) await page.keyboard.press('Control+k');
      await page.locator('dialog .search-panel__input').fill(query);
      await status.filter({ hasText: `“${query}”` }).waitFor();
      // Until the query's variants (synonyms, spellings) have joined the results: their index chunks count too.
      await page.locator('dialog .search-panel__results:not([aria-busy="true"])').waitFor({ state: 'attached' });
    });
  const firstSearch = await run(first, true);
  const laterSearch = await run(later, false);
  await context.close();
  return { first: firstSearch.total, later: laterSearch.total };
}
