// Every page of the built site loads in Chromium without console errors, exceptions, failed requests or
// requests to other origins (the fixture checks) at the root; under the base path, one page of each route (a
// route's pages share their template and scripts, and links.spec.ts checks every link of every page there).
import { expect, test } from './support/fixtures';
import { builtPages } from './support/crawl';
import { BASED_URL, ROOT_URL, sites } from './support/sites';

/** The route a page path belongs to: `questions/*` for `/handbook/questions/x/`, the path itself at the top. */
function routeOf(path: string, base: string): string {
  const segments = path.slice(base.length).split('/').filter(Boolean);
  return segments.length > 1 ? `${segments[0]}/*` : segments.join('/');
}

function firstOfEachRoute<T extends { path: string }>(pages: T[], base: string): T[] {
  const first = new Map<string, T>();
  for (const page of pages) {
    const route = routeOf(page.path, base);
    if (!first.has(route)) first.set(route, page);
  }
  return [...first.values()];
}

type BuiltPages = ReturnType<typeof builtPages>;

const runs = [
  { title: 'every page loads cleanly (root)', site: sites.root, origin: ROOT_URL, visit: (pages: BuiltPages) => pages, atLeast: 20 },
  {
    title: `one page of each route loads cleanly (${sites.based.base})`,
    site: sites.based,
    origin: BASED_URL,
    visit: (pages: BuiltPages) => firstOfEachRoute(pages, sites.based.base),
    atLeast: 6,
  },
];

for (const { title, site, origin, visit, atLeast } of runs) {
  test(title, async ({ page }) => {
    test.setTimeout(180_000);
    // The print pages hold the whole handbook; print.spec.ts loads them, under the same checks.
    const pages = builtPages(site.dir, site.base).filter((p) => !p.path.endsWith('404.html') && !p.path.includes('/print/'));
    // Short links all share one template: a few of them are enough.
    const shortLinks = pages.filter((p) => p.path.includes('/q/'));
    const visited = visit([...pages.filter((p) => !p.path.includes('/q/')), ...shortLinks.slice(0, 6)]);
    expect(visited.length).toBeGreaterThan(atLeast);
    for (const { path } of visited) {
      const response = await page.goto(new URL(path, origin).href, { waitUntil: 'load' });
      expect(response?.ok(), path).toBe(true);
      await expect(page.locator('h1').first(), path).toBeVisible();
    }
  });
}
