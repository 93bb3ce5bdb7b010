// A handbook that grew: seven sources in seven heading formats answer different subsets of six questions,
// and question 6 has no answer. Built from tests/fixtures/handbook by the same converter and site.
import { expect, test } from './support/fixtures';
import { axeViolations } from './support/axe';
import { FIXTURE_URL } from './support/sites';

const url = (path: string) => new URL(path, FIXTURE_URL).href;

test('a question page shows the answers of the sources that answer it, in sources.yaml order', async ({ page }) => {
  await page.goto(url('questions/anchor-boxes/'));
  await expect(page.locator('h2#answers')).toHaveText('The 3 answers');
  await expect(page.locator('.answer h3')).toHaveText(['An expert', 'Textbook', 'Q notes']);
  // Badges of long ids show the id; the correction names the source by its label.
  const badge = page.locator('.key-point .source-badge').first();
  await expect(badge.locator('[aria-hidden="true"]')).toHaveText('expert');
  await expect(badge).toHaveAccessibleName('An expert');
  await expect(page.locator('#correction-1')).toContainText('in Q notes');
  await expect(page.locator('.answer[data-source="textbook"] .answer__heading')).toHaveText('“Chapter 7 — Anchors”');
});

test('a question no source answers still has its page, saying so', async ({ page }) => {
  await page.goto(url('questions/vision-transformers/'));
  await expect(page.locator('h1')).toHaveText('How does a vision transformer split an image into tokens?');
  await expect(page.locator('h2#answers')).toHaveText('Answers');
  await expect(page.getByText('No source answers this question yet.')).toBeVisible();
  await expect(page.locator('.answer')).toHaveCount(0);
});

test('a source page lists what the source answers and what it does not', async ({ page }) => {
  await page.goto(url('sources/textbook/'));
  const answered = page.locator('[aria-labelledby="answers-caption"] tbody th a');
  await expect(answered).toHaveCount(2);
  await expect(answered.nth(0)).toContainText('Why do CNNs use pooling layers?');
  const unanswered = page.locator('#unanswered + .question-list a');
  await expect(unanswered).toHaveCount(4);
  await expect(unanswered.first()).toContainText('What does a convolutional layer compute?');
});

test('short links exist for the answers a question has, and only for those', async ({ page, request }) => {
  await page.goto(url('q/5/textbook/'));
  await expect(page).toHaveURL(/\/questions\/anchor-boxes\/#source-textbook$/);
  await expect(page.locator('h3#source-textbook')).toBeInViewport();
  expect((await request.get(url('q/5/a/'))).status()).toBe(404);
  expect((await request.get(url('q/6/'))).status()).toBe(200);
});

test('the search filter by source offers the sources by label', async ({ page }) => {
  await page.goto(url('search/?q=anchor'));
  await expect(page.locator('.search-result__page').first()).toBeVisible();
  await page.locator('.search-panel summary', { hasText: 'Filters' }).click();
  await expect(page.getByLabel('Answered by')).toBeVisible();
  const sources = await page.getByLabel('Answered by').locator('option').allTextContents();
  expect(sources.slice(1)).toEqual(expect.arrayContaining(['Bold labels', 'Q notes']));
});

// The states this handbook adds: badges of long ids and their colours, a question without answers, a
// source page listing what it does not answer. axe finds nothing in either theme.
for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of ['questions/anchor-boxes/', 'questions/convolutional-layers/', 'questions/vision-transformers/', 'sources/textbook/']) {
      test(`axe: ${path}`, async ({ page }) => {
        await page.goto(url(path));
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
