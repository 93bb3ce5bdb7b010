// A question page stays light: its JavaScript, before search is opened, is under 10 KB.
import { expect, test } from './support/fixtures';
import { anchorBoxes } from './support/content';

test('a question page loads less than 10 KB of JavaScript and no search code', async ({ page }) => {
  const scripts: Array<{ url: string; bytes: number }> = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push({ url: response.url(), bytes: (await response.body()).length });
  });
  await page.goto(`questions/${anchorBoxes.slug}/`, { waitUntil: 'networkidle' });
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].reduce((sum, s) => sum + (s.textContent?.length ?? 0), 0),
  );
  const total = scripts.reduce((sum, s) => sum + s.bytes, 0) + inline;
  test.info().annotations.push({ type: 'question page JS (bytes)', description: String(total) });
  console.log(`question page JavaScript: ${total} bytes (${scripts.length} files + ${inline} inline)`);
  // Neither Pagefind nor the search dialog loads before the reader reaches for search.
  expect(scripts.map((s) => s.url).filter((url) => /pagefind|dialog/.test(url))).toEqual([]);
  expect(await page.locator('link[href*="search.css"]').count()).toBe(0);
  expect(total).toBeLessThan(10 * 1024);
});
