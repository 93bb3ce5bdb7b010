// Time from a query entering the search dialog to its results on screen, measured inside the page: cold
// (from the Ctrl+K keystroke on a fresh question page) and warm (typing in the open dialog).
import type { Browser, Page } from '@playwright/test';
import { median } from './build-time.ts';

export interface Latency {
  medianMs: number;
  p95Ms: number;
  samples: number;
}

export const QUERIES = [
  'anchor boxes', 'backpropagation', 'transfer learning', 'data augmentation', 'non-maximum suppression',
  'mask r-cnn', 'u-net skip connections', 'quantization int8', 'knowledge distillation', 'class imbalance',
  'focal loss', 'pytorch tensorflow', 'gpu memory', 'occlusion', 'illumination', 'adversarial examples',
  'grad-cam', 'self-supervised', 'ocr ctc', 'multi-label sigmoid',
];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function summarize(samples: number[]): Latency {
  return { medianMs: Math.round(median(samples)), p95Ms: Math.round(percentile(samples, 95)), samples: samples.length };
}

// Runs inside the page. Kept as source text: tsx would wrap named inner functions in a helper the page lacks.
// With `open`, the page is one where nothing of search has loaded yet: Ctrl+K opens the dialog (which starts
// loading Pagefind and the index) and the query is typed as soon as the field exists, with no pause a reader
// would give the loading. Resolves with the time to results from the query's first keystroke (what issue 16
// budgets) and from the Ctrl+K keystroke (which adds opening the dialog).
const TIME_QUERY = `(q, open) => new Promise((resolve, reject) => {
  const start = performance.now();
  let typed = start;
  const field = () => document.querySelector('dialog[open] .search-panel__input');
  const type = () => {
    const input = field();
    typed = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const observer = new MutationObserver(() => {
    if (open && field() && !field().value) type();
    // The status line names the query once its results (or that there are none) are on screen.
    const status = document.querySelector('dialog[open] .search-panel__status')?.textContent ?? '';
    if (status.includes('“' + q + '”')) {
      observer.disconnect();
      requestAnimationFrame(() => resolve({ fromKeystroke: performance.now() - typed, fromShortcut: performance.now() - start }));
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  if (open) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true }));
  else type();
  setTimeout(() => reject(new Error('no answer for "' + q + '" within 10 s')), 10000);
})`;

interface QueryTime {
  fromKeystroke: number;
  fromShortcut: number;
}

/**
 * Warm queries are each measured this many times: a query's time varies by a few milliseconds from one pass to the
 * next, and at 5,000 questions one pass's median read 55, 57 and 74 ms on the same site within minutes (session 28).
 */
const WARM_PASSES = 3;

/** Resolves when the results for `query` are on screen; `open` first opens the dialog with Ctrl+K. */
function timeQuery(page: Page, query: string, open = false): Promise<QueryTime> {
  return page.evaluate(`(${TIME_QUERY})(${JSON.stringify(query)}, ${open})`) as Promise<QueryTime>;
}

/** A question page as a reader lands on it: loaded, nothing of search fetched. */
export const START_PAGE = 'questions/anchor-boxes/';

export async function measureSearchLatency(
  browser: Browser,
  siteUrl: string,
  startPage = START_PAGE,
  queries = QUERIES,
): Promise<{ cold: Latency; coldFromShortcut: Latency; warm: Latency }> {
  const cold: QueryTime[] = [];
  const warm: number[] = [];
  for (const query of queries) {
    // Cold: a reader's first search, in a browser with an empty cache (hashed files would otherwise be reused).
    const fresh = await browser.newContext();
    const page = await fresh.newPage();
    await page.goto(new URL(startPage, siteUrl).href, { waitUntil: 'networkidle' });
    cold.push(await timeQuery(page, query, true));
    await fresh.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(startPage, siteUrl).href, { waitUntil: 'networkidle' });
  await timeQuery(page, queries[0]!, true);
  // Warm: the same dialog after every query has run once; each measured query follows a different one.
  for (const query of queries) await timeQuery(page, query);
  for (let pass = 0; pass < WARM_PASSES; pass++) for (const query of queries) warm.push((await timeQuery(page, query)).fromKeystroke);
  await context.close();
  return { cold: summarize(cold.map((t) => t.fromKeystroke)), coldFromShortcut: summarize(cold.map((t) => t.fromShortcut)), warm: summarize(warm) };
}
