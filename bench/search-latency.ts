// Time from a query entering the search box to its results on screen, measured inside the page.
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
const TIME_QUERY = `(q) => new Promise((resolve, reject) => {
  const input = document.querySelector('.pagefind-ui__search-input');
  if (!input) return reject(new Error('no search input on the page'));
  const start = performance.now();
  const observer = new MutationObserver(() => {
    // Pagefind's status line reads "N results for <query>" once this query's results are on screen.
    const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
    if (message.includes(q) && !/searching/i.test(message)) {
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - start));
    }
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  input.value = q;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  setTimeout(() => reject(new Error('no results for "' + q + '" within 10 s')), 10000);
})`;

/** Sets the query as typing would (one input event) and resolves when the result list for it has rendered. */
function timeQuery(page: Page, query: string): Promise<number> {
  return page.evaluate(`(${TIME_QUERY})(${JSON.stringify(query)})`) as Promise<number>;
}

export async function measureSearchLatency(browser: Browser, siteUrl: string, queries = QUERIES): Promise<{ cold: Latency; warm: Latency }> {
  const cold: number[] = [];
  const warm: number[] = [];
  const context = await browser.newContext();
  for (const query of queries) {
    // Cold: a fresh page, nothing of the index loaded yet (the browser cache is off for this server).
    const page = await context.newPage();
    await page.goto(new URL('search/', siteUrl).href, { waitUntil: 'networkidle' });
    cold.push(await timeQuery(page, query));
    await page.close();
  }
  const page = await context.newPage();
  await page.goto(new URL('search/', siteUrl).href, { waitUntil: 'networkidle' });
  // Warm: the same page after every query has run once; each measured query follows a different one.
  for (const query of queries) await timeQuery(page, query);
  for (const query of queries) warm.push(await timeQuery(page, query));
  await context.close();
  return { cold: summarize(cold), warm: summarize(warm) };
}
