// Copy-link buttons put the absolute URL of an answer or correction on the clipboard, and say so.
import { expect, test } from './support/fixtures';
import { anchorBoxes, corrected } from './support/content';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('copy link on an answer copies its absolute URL, with visible confirmation', async ({ page, baseURL }) => {
  await page.goto(`questions/${anchorBoxes.slug}/?highlight=anchor`);
  // The visible label changes to "Copied", so find the button by the part of its name that stays.
  const button = page.locator('.answer', { has: page.locator('h3#source-b') }).getByRole('button', { name: /to Source B's answer$/ });
  await expect(button).toHaveText(/Copy link/);
  await button.click();
  await expect(button).toHaveText(/Copied/);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(`questions/${anchorBoxes.slug}/#source-b`, baseURL).href);
  await expect(page.locator('[data-announcer]')).toHaveText(/copied/i);
  await expect(button).toHaveText(/Copy link/, { timeout: 5_000 });
});

test('copy link on a correction works from the keyboard', async ({ page, baseURL }) => {
  test.skip(!corrected, 'the handbook has no corrections yet');
  const { question, correction } = corrected!;
  await page.goto(`questions/${question.slug}/`);
  const button = page
    .locator('.correction', { has: page.locator(`#correction-${correction.id}`) })
    .getByRole('button', { name: new RegExp(`to correction ${correction.id}$`) });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveText(/Copied/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL(`questions/${question.slug}/#correction-${correction.id}`, baseURL).href,
  );
});
