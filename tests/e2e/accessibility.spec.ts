// axe finds no violations on the main page types, in the light and the dark theme.
import { expect, test } from './support/fixtures';
import { axeViolations } from './support/axe';
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
        // axe over the corrections page (every correction of the handbook) is the longest: 9-12 s beside other tests.
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
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

// The specs' axe (support/axe.ts) runs in the page alone: it still finds what it is there to find, contrast
// included, and refuses a page with a frame rather than pass what it did not look at.
test('axe as the specs run it reports a violation put in on purpose, and refuses a page with a frame', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(`questions/${anchorBoxes.slug}/`);
  await page.evaluate(() => {
    const faint = Object.assign(document.createElement('p'), { textContent: 'Hard to read' });
    Object.assign(faint.style, { color: '#777', background: '#888' });
    document.querySelector('main')!.append(faint, Object.assign(document.createElement('img'), { src: '/favicon.svg' }));
  });
  const found = (await axeViolations(page)).map((line) => line.split(' ')[0]);
  expect(found.sort()).toEqual(['color-contrast', 'image-alt']);
  await page.evaluate(() => document.body.append(Object.assign(document.createElement('iframe'), { src: 'about:blank' })));
  await expect(axeViolations(page)).rejects.toThrow(/has 1 frame/);
});
