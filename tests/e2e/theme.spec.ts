// Light and dark themes: the system's by default, a toggle that is remembered across pages and applied
// before the page is shown.
import { expect, test } from './support/fixtures';
import { readingOrder } from './support/content';

const background = (page: import('@playwright/test').Page) =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** Luminance-ish: sum of the RGB channels of a computed colour. */
const brightness = (color: string) => (color.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, c) => sum + Number(c), 0);

test('follows the system theme without a stored choice', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  expect(brightness(await background(page))).toBeLessThan(200);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(brightness(await background(page))).toBeGreaterThan(600);
});

test('the toggle switches theme, and the choice persists across pages without a flash', async ({ page }) => {
  // Record the theme as the page is parsed, before any stylesheet or script of the body runs.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { themeAtLoad: string | null }).themeAtLoad = document.documentElement.getAttribute('data-theme');
    });
  });
  await page.goto('./');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const light = await background(page);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(brightness(await background(page))).toBeLessThan(brightness(light));

  await page.goto(`questions/${readingOrder[0]!.slug}/`);
  expect(await page.evaluate(() => (window as unknown as { themeAtLoad: string | null }).themeAtLoad)).toBe('dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  expect(brightness(await background(page))).toBeLessThan(200);

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await page.goto('corrections/');
  expect(await page.evaluate(() => (window as unknown as { themeAtLoad: string | null }).themeAtLoad)).toBe('light');
  expect(await background(page)).toBe(light);
});

test('code highlighted at build time by Shiki follows the theme, with no highlighter in the browser', async ({ page }) => {
  const { builtPages } = await import('./support/crawl');
  const { fixtureSite, FIXTURE_URL, ROOT_URL, sites } = await import('./support/sites');
  const hasCode = (p: { html: string }) => p.html.includes('class="astro-code');
  // The real handbook's pages have no code block yet; the fixture handbook's Markdown source has one.
  const [withCode, origin] = [
    [builtPages(sites.root.dir, '/').find(hasCode), ROOT_URL],
    [builtPages(fixtureSite.dir, '/').find(hasCode), FIXTURE_URL],
  ].find(([found]) => found) as [{ path: string }, string];
  // Only a page with a code block links the code blocks' styles.
  const codeStyles = page.locator('link[rel="stylesheet"][href*="code-blocks"]');
  await page.goto(`questions/${readingOrder[0]!.slug}/`);
  await expect(codeStyles).toHaveCount(hasCode({ html: await page.content() }) ? 1 : 0);
  await page.goto(new URL(withCode.path.slice(1), origin).href);
  await expect(codeStyles).toHaveCount(1);
  expect(await page.locator('script[src*="shiki"], script[src*="highlight"]').count()).toBe(0);
  // Token colours are classes (a style attribute would be blocked by the CSP).
  const token = page.locator('pre.astro-code span[class*="s-d-"]').first();
  const colours = () =>
    token.evaluate((el) => ({
      shown: getComputedStyle(el).color,
      light: getComputedStyle(el).getPropertyValue('--shiki-light').trim(),
      dark: getComputedStyle(el).getPropertyValue('--shiki-dark').trim(),
    }));
  const toRgb = (hex: string) => {
    const n = Number.parseInt(hex.replace('#', '').slice(0, 6), 16);
    return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
  };
  const light = await colours();
  expect(light.light).not.toBe(light.dark);
  expect(light.shown).toBe(toRgb(light.light));
  await page.getByRole('button', { name: 'Dark theme' }).click();
  const dark = await colours();
  expect(dark.shown).toBe(toRgb(dark.dark));
});
