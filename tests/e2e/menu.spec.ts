// The narrow-screen menu: opens, traps nothing, closes (Escape too).
import { expect, test } from './support/fixtures';
import { readingOrder, topics } from './support/content';

test.use({ viewport: { width: 375, height: 740 } });

test('the menu opens and closes with its button and with Escape', async ({ page }) => {
  await page.goto(`questions/${readingOrder[0]!.slug}/`);
  const button = page.getByRole('button', { name: 'Menu' });
  const nav = page.getByRole('navigation', { name: 'Handbook' });
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(nav).toBeHidden();

  await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  await expect(nav).toBeVisible();
  // The current topic is open, with the current page marked.
  await expect(nav.locator('a[aria-current="page"]')).toBeVisible();
  await button.click();
  await expect(nav).toBeHidden();

  await button.click();
  await nav.getByText(topics[1]!.title).focus();
  await page.keyboard.press('Escape');
  await expect(nav).toBeHidden();
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  await expect(button).toBeFocused();
});

test('the open menu traps nothing: tabbing past it leaves it, and closes it', async ({ page }) => {
  await page.goto('./');
  const button = page.getByRole('button', { name: 'Menu' });
  const nav = page.getByRole('navigation', { name: 'Handbook' });
  await button.click();
  await expect(nav).toBeVisible();
  const focusables = await nav.locator('a:visible, summary:visible').count();
  for (let i = 0; i <= focusables; i++) await page.keyboard.press('Tab');
  const inNav = await page.evaluate(() => !!document.activeElement?.closest('[data-site-nav]'));
  expect(inNav).toBe(false);
  await expect(nav).toBeHidden();
});

test('following a link from the menu opens that page', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Menu' }).click();
  const nav = page.getByRole('navigation', { name: 'Handbook' });
  await nav.getByText(topics[0]!.title, { exact: true }).click();
  const target = readingOrder.find((q) => q.topic === topics[0]!.id)!;
  await nav.getByRole('link', { name: target.title }).click();
  await expect(page.locator('h1')).toHaveText(target.title);
});
