// The site works at 320 px wide: nothing but wide tables and code scrolls sideways, the page itself never.
import { expect, test } from './support/fixtures';
import { anchorBoxes, topics } from './support/content';

test.use({ viewport: { width: 320, height: 640 } });

for (const path of ['./', `topics/${topics[0]!.id}/`, `questions/${anchorBoxes.slug}/`, 'corrections/', 'sources/c/', 'search/?q=anchor']) {
  test(`no sideways scrolling at 320 px: ${path}`, async ({ page }) => {
    await page.goto(path);
    if (path.startsWith('search')) await expect(page.locator('.search-result__page').first()).toBeVisible();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });
}
