// A question page stays light however many features land (issues 14-16): before the reader interacts, at
// most 20 KiB gzip in all and 4 KiB gzip of JavaScript, and no search code. The rest loads on demand.
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/fixtures';
import { anchorBoxes } from './support/content';

const KIB = 1024;

test('a question page loads at most 20 KiB gzip before interaction, of which at most 4 KiB JavaScript, and no search code', async ({ page }) => {
  const responses: Array<{ url: string; type: string; gzip: number }> = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => undefined);
    if (body) responses.push({ url: response.url(), type: response.request().resourceType(), gzip: gzipSync(body, { level: 9 }).length });
  });
  await page.goto(`questions/${anchorBoxes.slug}/`, { waitUntil: 'networkidle' });
  const total = responses.reduce((sum, r) => sum + r.gzip, 0);
  const js = responses.filter((r) => r.type === 'script').reduce((sum, r) => sum + r.gzip, 0);
  console.log(`question page before interaction: ${total} B gzip in ${responses.length} responses, JavaScript ${js} B`);
  // Neither Pagefind nor the search dialog loads before the reader reaches for search.
  expect(responses.map((r) => r.url).filter((url) => /pagefind|dialog/.test(url))).toEqual([]);
  expect(await page.locator('link[href*="search.css"]').count()).toBe(0);
  expect(js).toBeLessThanOrEqual(4 * KIB);
  expect(total).toBeLessThanOrEqual(20 * KIB);
});
