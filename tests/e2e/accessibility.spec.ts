// axe finds no violations on the main page types, in the light and the dark theme.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './support/fixtures';
import { anchorBoxes, topics } from './support/content';

const pages: Array<{ name: string; path: string; ready?: string; query?: string; filters?: boolean }> = [
  { name: 'home', path: './' },
  { name: 'a topic', path: `topics/${topics[0]!.id}/` },
  { name: 'a question', path: `questions/${anchorBoxes.slug}/` },
  { name: 'search with results', path: 'search/?q=anchor%20boxes', ready: '.search-result__page' },
  { name: 'the search dialog open, with results and a suggestion', path: `questions/${anchorBoxes.slug}/`, query: 'segmantation transformer' },
  { name: 'the search dialog open, with results', path: './', query: 'anchor boxes' },
  { name: 'the search dialog open, with its filters', path: `questions/${anchorBoxes.slug}/`, query: 'network', filters: true },
  { name: 'corrections', path: 'corrections/' },
  { name: 'a source', path: 'sources/a/' },
  { name: 'not found, with suggestions', path: 'questions/anchr-boxs/', ready: '[data-nearest-list] li' },
];

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const { name, path, ready, query, filters } of pages) {
      test(`axe: ${name}`, async ({ page }) => {
        // axe over the corrections page (every correction of the handbook) alone takes 35-45 s on a busy 2-core machine.
        if (name === 'corrections') test.slow();
        await page.goto(path);
        if (ready) await expect(page.locator(ready).first()).toBeVisible();
        if (query) {
          await page.keyboard.press('Control+k');
          await page.getByRole('combobox', { name: 'Search the handbook' }).fill(query);
          await expect(page.locator('dialog .search-result__page').first()).toBeVisible();
          await page.keyboard.press('ArrowDown');
        }
        if (filters) {
          await page.locator('dialog summary', { hasText: 'Filters' }).click();
          await expect(page.locator('dialog').getByLabel('Topic')).toBeVisible();
        }
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(scheme === 'dark');
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('\n  ')}`,
        );
        expect(summary).toEqual([]);
      });
    }
  });
}
