// Reading progress: questions opened are marked read (seen and heard) in topic lists and the menu; ←/→ and
// j/k move between questions in reading order, except while typing, with a modifier, or with a dialog open.
import { expect, test } from './support/fixtures';
import { corrected, readingOrder, topics } from './support/content';

const [first, second, third] = readingOrder as [(typeof readingOrder)[0], (typeof readingOrder)[0], (typeof readingOrder)[0]];
const question = (slug: string) => new RegExp(`/questions/${slug}/$`);

test('opened questions are marked read in topic lists and the menu, and only those', async ({ page }) => {
  await page.goto(`questions/${second.slug}/`);
  await page.goto(`topics/${second.topic}/`);
  const list = page.locator('main .question-list');
  await expect(list.getByRole('link', { name: `${second.n} ${second.title} (read)` })).toBeVisible();
  await expect(list.locator('a[data-read]')).toHaveCount(1);
  // The menu shows this topic open.
  await expect(page.locator('#site-nav').getByRole('link', { name: `${second.n} ${second.title} (read)` })).toBeVisible();

  await page.goto('./');
  await expect(page.locator('main .question-list a[data-read]')).toHaveAttribute('href', question(second.slug));
  // The home page's menu lists topics closed: opening one fetches its questions, marked the same way.
  await page.locator('#site-nav summary', { hasText: topics.find((topic) => topic.id === second.topic)!.title }).click();
  await expect(page.locator('#site-nav a[data-read]')).toHaveCount(1);
  await expect(page.locator('#site-nav a[data-read]')).toContainText('(read)');
  // The mark is a check after the title, hidden from screen readers (they hear "(read)").
  expect(await page.locator('main .question-list a[data-read]').evaluate((a) => getComputedStyle(a, '::after').content)).toMatch(/✓/);

  await page.goto(`questions/${third.slug}/`);
  await page.goto('./');
  await expect(page.locator('main .question-list a[data-read]')).toHaveCount(2);
});

test('→ and j go to the next question, ← and k to the previous one', async ({ page }) => {
  // The address changes before the new page's script listens for keys: wait for it to load each time.
  const pressAndLand = async (key: string, slug: string) => {
    await page.keyboard.press(key);
    await expect(page).toHaveURL(question(slug));
    await page.waitForLoadState('load');
  };
  await page.goto(`questions/${second.slug}/`);
  await pressAndLand('ArrowRight', third.slug);
  await pressAndLand('ArrowLeft', second.slug);
  await pressAndLand('k', first.slug);
  await pressAndLand('j', second.slug);
});

test('the keys do nothing while typing, with a modifier, or on the first question going back', async ({ page }) => {
  await page.goto(`questions/${first.slug}/`);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Alt+ArrowRight');
  await page.keyboard.press('Shift+j');
  // Typing in the header box carries on in the search dialog: the keys stay in its field.
  await page.locator('[data-search-input]').first().focus();
  await page.keyboard.type('jk');
  const search = page.getByRole('dialog').getByRole('combobox', { name: 'Search the handbook' });
  await expect(search).toHaveValue('jk');
  await page.keyboard.press('ArrowRight');
  await expect(search).toHaveValue('jk');
  await page.waitForTimeout(300); // a navigation, had one started, would have committed by now
  await expect(page).toHaveURL(question(first.slug));
});

test('the keys do nothing while a correction is open', async ({ page }) => {
  test.skip(!corrected, 'the handbook has no corrections yet');
  await page.goto(`questions/${corrected!.question.slug}/`);
  await page.locator(`#flag-${corrected!.correction.id} a`).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('j');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(question(corrected!.question.slug));
  await expect(page.getByRole('dialog')).toBeVisible();
});
