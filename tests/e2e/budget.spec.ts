// A question page stays light however many features land (issues 14-16): before the reader interacts, at
// most 20 KiB gzip in all and 4 KiB gzip of JavaScript, and no search code. The rest loads on demand.
// Question pages load the same styles and script, so the page with the most HTML is the one to measure.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from './support/fixtures';
import { sites } from './support/sites';

const KIB = 1024;

/** The slug of the question page whose HTML is largest, gzip, in the built site. */
function heaviestQuestionPage(): string {
  const questions = join(sites.root.dir, 'questions');
  const sizes = readdirSync(questions).map((slug) => ({ slug, gzip: gzipSync(readFileSync(join(questions, slug, 'index.html')), { level: 9 }).length }));
  return sizes.reduce((heaviest, page) => (page.gzip > heaviest.gzip ? page : heaviest)).slug;
}

test('a question page loads at most 20 KiB gzip before interaction, of which at most 4 KiB JavaScript, and no search code', async ({ page }) => {
  const responses: Array<{ url: string; type: string; gzip: number }> = [];
  page.on('response', async (response) => {
    const body = await response.body().catch(() => undefined);
    if (body) responses.push({ url: response.url(), type: response.request().resourceType(), gzip: gzipSync(body, { level: 9 }).length });
  });
  const slug = heaviestQuestionPage();
  await page.goto(`questions/${slug}/`, { waitUntil: 'networkidle' });
  const total = responses.reduce((sum, r) => sum + r.gzip, 0);
  const js = responses.filter((r) => r.type === 'script').reduce((sum, r) => sum + r.gzip, 0);
  console.log(`heaviest question page (${slug}) before interaction: ${total} B gzip in ${responses.length} responses, JavaScript ${js} B`);
  // Neither Pagefind nor the search dialog loads before the reader reaches for search.
  expect(responses.map((r) => r.url).filter((url) => /pagefind|dialog/.test(url))).toEqual([]);
  expect(await page.locator('link[href*="search.css"]').count()).toBe(0);
  // One script, the page's own bundle (scripts/question-page.ts), rather than one a component.
  expect(responses.filter((r) => r.type === 'script')).toHaveLength(1);
  expect(js).toBeLessThanOrEqual(4 * KIB);
  expect(total).toBeLessThanOrEqual(20 * KIB);
});
