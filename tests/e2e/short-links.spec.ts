// Short links: /q/<n>/ and /q/<n>/<source>/ land on the canonical page and anchor, highlighted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { anchorBoxes, corrected, frontmatter, questions } from './support/content';
import { builtPages } from './support/crawl';
import { BASED_URL, sites } from './support/sites';

// Written after Astro's pages (src/lib/short-links.mjs): one for each question, each answer and each correction.
for (const site of Object.values(sites)) {
  test(`the build has a short link for every question, answer and correction, and no other (${site.base})`, () => {
    const expected = questions.flatMap(({ n }) => {
      const { answers, corrections } = frontmatter(n);
      return [`q/${n}/`, ...answers.map((a) => `q/${n}/${a.source}/`), ...corrections.map((c) => `q/${n}/${c.source}/${c.id}/`)];
    });
    const built = builtPages(site.dir, site.base).filter((page) => page.path.startsWith(`${site.base}q/`));
    expect(built.map((page) => page.path).sort()).toEqual(expected.map((path) => site.base + path).sort());
    // The list the service worker answers them from offline names the same ones, each with its question page.
    const targets: Record<string, string> = JSON.parse(readFileSync(join(site.dir, 'short-links.json'), 'utf8'));
    expect(Object.keys(targets).sort()).toEqual([...expected].sort());
    for (const [route, destination] of Object.entries(targets)) {
      const n = Number(route.split('/')[1]);
      expect(destination).toMatch(new RegExp(`^questions/${questions.find((q) => q.n === n)!.slug}/(#[a-z0-9-]+)?$`));
    }
  });
}

for (const [name, root] of [
  ['at the root', ''],
  ['under the base path', BASED_URL],
] as const) {
  const url = (path: string) => (root ? new URL(path, root).href : path);
  const prefix = root ? new URL(root).pathname : '/';

  test(`/q/${anchorBoxes.n}/b/ lands on Source B's answer, highlighted (${name})`, async ({ page }) => {
    await page.goto(url(`q/${anchorBoxes.n}/b/`));
    await expect(page).toHaveURL(new RegExp(`${prefix}questions/${anchorBoxes.slug}/#source-b$`));
    const heading = page.locator('h3#source-b');
    await expect(heading).toBeInViewport();
    // The targeted answer stands out from the others.
    const answer = page.locator('.answer', { has: heading });
    const other = page.locator('.answer', { has: page.locator('h3#source-a') });
    const look = (locator: typeof answer) =>
      locator.evaluate((el) => {
        const style = getComputedStyle(el);
        return `${style.backgroundColor} ${style.boxShadow}`;
      });
    expect(await look(answer)).not.toEqual(await look(other));
    expect(await heading.evaluate((el) => el.matches(':target'))).toBe(true);
  });

  test(`/q/${anchorBoxes.n}/ opens the question and keeps a hash (${name})`, async ({ page }) => {
    await page.goto(url(`q/${anchorBoxes.n}/`));
    await expect(page).toHaveURL(new RegExp(`${prefix}questions/${anchorBoxes.slug}/$`));
    await expect(page.locator('h1')).toHaveText(anchorBoxes.title);

    await page.goto(url(`q/${anchorBoxes.n}/#key-points`));
    await expect(page).toHaveURL(new RegExp(`${prefix}questions/${anchorBoxes.slug}/#key-points$`));
  });
}

test.describe('without JavaScript', () => {
  // With JavaScript a flagged passage opens its correction in place (correction-popover.spec.ts).
  test.use({ javaScriptEnabled: false });

  test('a flagged passage links to its correction, which is highlighted, and back', async ({ page }) => {
    test.skip(!corrected, 'the handbook has no corrections yet');
    const { question, correction } = corrected!;
    const id = correction.id;
    await page.goto(`questions/${question.slug}/`);
    const card = page.locator('.correction', { has: page.locator(`#correction-${id}`) });
    const background = () => card.evaluate((el) => getComputedStyle(el).backgroundColor);
    const before = await background();

    await page.locator(`#flag-${id} a`).click();
    await expect(page).toHaveURL(new RegExp(`#correction-${id}$`));
    await expect(card).toBeInViewport();
    expect(await background()).not.toEqual(before);
    await expect(card.locator('.correction__quote')).toHaveText(correction.quote);

    await card.getByRole('link', { name: /^See it in/ }).click();
    await expect(page).toHaveURL(new RegExp(`#flag-${id}$`));
    await expect(page.locator(`#flag-${id}`)).toBeInViewport();
  });
});
