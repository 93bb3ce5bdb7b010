// Search: Pagefind's UI finds the anchor-boxes question first, opens it with the terms highlighted.
import { expect, test } from './support/fixtures';
import { anchorBoxes, questions } from './support/content';
import { BASED_URL } from './support/sites';

for (const [name, root] of [
  ['at the root', ''],
  ['under the base path', BASED_URL],
] as const) {
  test(`searching "anchor boxes" lists the anchor-boxes question first and highlights the terms (${name})`, async ({ page }) => {
    await page.goto(root ? new URL('./', root).href : './');
    // The header search box: `/` focuses it, Enter opens the search page.
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search the handbook' });
    await expect(box).toBeFocused();
    await box.fill('anchor boxes');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=anchor\+boxes$/);

    const results = page.locator('.pagefind-ui__result');
    await expect(results.first()).toBeVisible();
    const firstLink = results.first().locator('.pagefind-ui__result-title a, a.pagefind-ui__result-link').first();
    await expect(firstLink).toHaveText(anchorBoxes.title);
    const href = await firstLink.getAttribute('href');
    expect(href).toContain(`${root ? new URL(root).pathname : '/'}questions/${anchorBoxes.slug}/`);

    // Sub-results open a specific part of the page (e.g. one source's answer).
    const subLinks = results.first().locator('.pagefind-ui__result-nested a');
    expect(await subLinks.count()).toBeGreaterThan(0);
    expect(await subLinks.first().getAttribute('href')).toMatch(/#[a-z0-9-]+$/);

    await firstLink.click();
    await expect(page).toHaveURL(new RegExp(`/questions/${anchorBoxes.slug}/\\?highlight=anchor&highlight=boxes`));
    const marks = page.locator('[data-pagefind-body] mark.pagefind-highlight');
    await expect(marks.first()).toBeVisible();
    const marked = (await marks.allTextContents()).map((t) => t.toLowerCase());
    expect(marked).toContain('anchor');
    expect(marked).toContain('boxes');
  });
}

test('a query with connecting words ("pytorch vs tensorflow") still finds the comparison questions first', async ({ page }) => {
  await page.goto('search/?q=pytorch+vs+tensorflow');
  const firstTitle = page.locator('.pagefind-ui__result').first().locator('.pagefind-ui__result-title a, a.pagefind-ui__result-link').first();
  await expect(firstTitle).toBeVisible();
  const comparisons = questions.filter((q) => /PyTorch and TensorFlow/.test(q.title)).map((q) => q.title);
  expect(comparisons).toHaveLength(2);
  expect(comparisons).toContain(await firstTitle.textContent());
});

test('the search page offers filters by topic and by source', async ({ page }) => {
  await page.goto('search/?q=network');
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible();
  const filters = page.locator('.pagefind-ui__filter-name');
  await expect(filters.filter({ hasText: /^topic$/i })).toHaveCount(1);
  await expect(filters.filter({ hasText: /^source$/i })).toHaveCount(1);
});

test('`/` focuses the search box on a question page, but not while typing in it', async ({ page }) => {
  await page.goto(`questions/${anchorBoxes.slug}/`);
  await page.locator('body').press('/');
  const box = page.getByRole('searchbox', { name: 'Search the handbook' });
  await expect(box).toBeFocused();
  await box.press('/');
  await expect(box).toHaveValue('/');
});
