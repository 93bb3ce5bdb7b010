// Every page of the built site loads in Chromium without console errors, exceptions, failed requests or
// requests to other origins (the fixture checks), at the root and under the base path.
import { expect, test } from './support/fixtures';
import { builtPages } from './support/crawl';
import { BASED_URL, ROOT_URL, sites } from './support/sites';

for (const [name, site] of Object.entries(sites)) {
  const origin = name === 'root' ? ROOT_URL : BASED_URL;
  test(`every page loads cleanly (${name === 'root' ? 'root' : site.base})`, async ({ page }) => {
    test.setTimeout(180_000);
    const pages = builtPages(site.dir, site.base).filter((p) => !p.path.endsWith('404.html'));
    // Short links all share one template: a few of them are enough.
    const shortLinks = pages.filter((p) => p.path.includes('/q/'));
    const visit = [...pages.filter((p) => !p.path.includes('/q/')), ...shortLinks.slice(0, 6)];
    expect(visit.length).toBeGreaterThan(20);
    for (const { path } of visit) {
      const response = await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
      expect(response?.ok(), path).toBe(true);
      await expect(page.locator('h1').first(), path).toBeVisible();
    }
  });
}
