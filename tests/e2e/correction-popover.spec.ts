// A flagged passage shows its correction in place: a dialog next to the passage, without a jump down the
// page; focus moves in, Tab stays in, Escape closes and returns focus; axe-clean open, in both themes.
import { expect, test } from './support/fixtures';
import { axeViolations } from './support/axe';
import { corrected } from './support/content';
import { BASED_URL } from './support/sites';

test.skip(!corrected, 'the handbook has no corrections yet');
const { question, correction } = corrected!;
const page = `questions/${question.slug}/`;

test('clicking a flagged passage opens its correction next to it, without scrolling', async ({ page: tab }) => {
  await tab.goto(page);
  const flag = tab.locator(`#flag-${correction.id} a`);
  await flag.scrollIntoViewIfNeeded();
  const scrolled = await tab.evaluate(() => scrollY);

  await flag.click();
  const dialog = tab.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toBeInViewport();
  expect(await tab.evaluate(() => scrollY)).toBe(scrolled);
  await expect(tab).not.toHaveURL(/#correction-/);

  // The correction's own content: number, kind, source, note, references, and a link to the full entry.
  const card = tab.locator('.correction', { has: tab.locator(`#correction-${correction.id}`) });
  await expect(dialog.getByRole('heading')).toContainText(`Correction ${correction.id}`);
  await expect(dialog.getByRole('heading')).toContainText(`in Source ${correction.source.toUpperCase()}`);
  await expect(dialog.locator('.kind-badge')).toHaveText((await card.locator('.kind-badge').textContent())!);
  await expect(dialog.locator('.correction__note')).toHaveText((await card.locator('.correction__note').textContent())!);
  expect(await dialog.locator('[id]').count()).toBe(1); // only the dialog's own title: no ids copied from the page

  // Next to the passage: its top edge is within a few lines of the passage.
  const [flagBox, dialogBox] = [await flag.boundingBox(), await dialog.boundingBox()];
  expect(Math.abs(dialogBox!.y - (flagBox!.y + flagBox!.height))).toBeLessThan(flagBox!.height + 200);

  // Focus is inside, Tab and Shift+Tab stay inside.
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await tab.keyboard.press(key);
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  }

  // Escape closes it and returns focus to the passage.
  await tab.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(flag).toBeFocused();
  expect(await tab.evaluate(() => scrollY)).toBe(scrolled);
});

for (const key of ['Enter', ' ']) {
  test(`${key === ' ' ? 'Space' : key} on a flagged passage opens its correction; Close returns focus`, async ({ page: tab }) => {
    await tab.goto(page);
    const flag = tab.locator(`#flag-${correction.id} a`);
    await flag.focus();
    await tab.keyboard.press(key);
    const dialog = tab.getByRole('dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await expect(flag).toBeFocused();
  });
}

test('the link to the full entry closes the dialog and leads to the correction', async ({ page: tab }) => {
  await tab.goto(page);
  await tab.locator(`#flag-${correction.id} a`).click();
  await tab.getByRole('dialog').getByRole('link', { name: `Read correction ${correction.id} in full` }).click();
  await expect(tab.getByRole('dialog')).toBeHidden();
  await expect(tab).toHaveURL(new RegExp(`#correction-${correction.id}$`));
  await expect(tab.locator(`#correction-${correction.id}`)).toBeInViewport();
});

test('a click outside the dialog closes it', async ({ page: tab }) => {
  await tab.goto(page);
  await tab.locator(`#flag-${correction.id} a`).click();
  await expect(tab.getByRole('dialog')).toBeVisible();
  await tab.mouse.click(5, 300);
  await expect(tab.getByRole('dialog')).toBeHidden();
});

test('under the base path the dialog code loads from there', async ({ page: tab }) => {
  await tab.goto(`${BASED_URL}${page}`);
  await tab.locator(`#flag-${correction.id} a`).click();
  await expect(tab.getByRole('dialog')).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    test('axe: a question page with a correction open', async ({ page: tab }) => {
      await tab.goto(page);
      await tab.locator(`#flag-${correction.id} a`).click();
      await expect(tab.getByRole('dialog')).toBeVisible();
      expect(await axeViolations(tab)).toEqual([]);
    });
  });
}
