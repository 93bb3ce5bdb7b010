// Bad URLs: a short link to a question that does not exist, to a part of a question that does not exist,
// and a mistyped slug all answer 404 with the not-found page, which offers a search box prefilled with the
// address's words and the questions closest to them by title.
import { expect, test } from './support/fixtures';
import { anchorBoxes, question, questions } from './support/content';
import { BASED_URL } from './support/sites';

const numbers = questions.map((q) => q.n);
const missing = Math.max(...numbers) + 949;

const cases = [
  { path: `q/${missing}/`, search: '', hint: `There is no question ${missing}: the handbook's questions are numbered ${Math.min(...numbers)} to ${Math.max(...numbers)}.`, first: undefined },
  { path: `q/${anchorBoxes.n}/zz/`, search: 'zz', hint: `Question ${anchorBoxes.n} exists, but this address names no part of it.`, first: anchorBoxes },
  { path: 'questions/anchr-boxs/', search: 'anchr boxs', hint: undefined, first: anchorBoxes },
  { path: 'topics/backpropagation/', search: 'backpropagation', hint: undefined, first: question(2) },
];

for (const { path, search, hint, first } of cases) {
  test(`/${path} answers 404 with search and the nearest questions`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator('h1')).toHaveText('Page not found');
    const box = page.locator('main').getByRole('searchbox', { name: 'Search the handbook' });
    await expect(box).toBeVisible();
    await expect(box).toHaveValue(search);
    const hintText = page.locator('[data-not-found-hint]');
    if (hint) await expect(hintText).toHaveText(hint);
    else await expect(hintText).toBeHidden();
    const nearest = page.getByRole('region', { name: 'Closest questions by title' }).getByRole('link');
    if (first) {
      await expect(nearest.first()).toContainText(first.title);
      await nearest.first().click();
      await expect(page).toHaveURL(new RegExp(`/questions/${first.slug}/$`));
    } else {
      await expect(page.locator('[data-nearest-list]')).toBeHidden();
    }
  });
}

test('the search box of the not-found page searches the handbook for the words of the address', async ({ page }) => {
  await page.goto('questions/anchr-boxs/');
  const box = page.locator('main').getByRole('searchbox', { name: 'Search the handbook' });
  await expect(box).toHaveValue('anchr boxs');
  // As every search box does, it carries on in the search dialog, which finds the question.
  await box.fill('anchor boxes');
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('combobox', { name: 'Search the handbook' })).toHaveValue('anchor boxes');
  await expect(dialog.locator('.search-result__page').first()).toContainText(/anchor boxes/i);
});

test('under the base path, a mistyped slug offers the right question with the base path in its link', async ({ page }) => {
  const response = await page.goto(new URL('questions/anchor-box/', BASED_URL).href);
  expect(response?.status()).toBe(404);
  const nearest = page.getByRole('region', { name: 'Closest questions by title' }).getByRole('link').first();
  await expect(nearest).toContainText(anchorBoxes.title);
  expect(await nearest.getAttribute('href')).toBe(`${new URL(BASED_URL).pathname}questions/${anchorBoxes.slug}/`);
});
