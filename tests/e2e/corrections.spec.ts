// The corrections page lists every correction and filters them by kind and source in the browser.
import { expect, test } from './support/fixtures';
import { findings, questions } from './support/content';

const all = questions.flatMap((q) => findings(q.n));

test('lists every correction, filterable by kind and by source, with the filter in the URL', async ({ page }) => {
  await page.goto('corrections/');
  const visible = page.locator('.correction[data-kind]:visible');
  await expect(visible).toHaveCount(all.length);
  test.skip(all.length === 0, 'no corrections yet');

  const kind = all[0]!.kind;
  await page.getByRole('group', { name: 'Kind' }).getByRole('checkbox', { name: new RegExp(kind, 'i') }).uncheck();
  await expect(visible).toHaveCount(all.filter((c) => c.kind !== kind).length);
  await expect(page).toHaveURL(/[?&]kind=/);
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toContainText(
    `${all.filter((c) => c.kind !== kind).length} of ${all.length}`,
  );

  const source = all[0]!.source;
  await page.getByRole('group', { name: 'Source' }).getByRole('checkbox', { name: `Source ${source.toUpperCase()}` }).uncheck();
  await expect(visible).toHaveCount(all.filter((c) => c.kind !== kind && c.source !== source).length);

  // The filtered view survives a reload (it is in the URL), and "Show all" clears it.
  await page.reload();
  await expect(visible).toHaveCount(all.filter((c) => c.kind !== kind && c.source !== source).length);
  await page.getByRole('button', { name: 'Show all' }).click();
  await expect(visible).toHaveCount(all.length);
  await expect(page).not.toHaveURL(/[?&](kind|source)=/);
});

test('each listed correction links to its place on the question page', async ({ page }) => {
  test.skip(all.length === 0, 'no corrections yet');
  await page.goto('corrections/');
  const link = page.locator('.correction__context').first();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  const id = href.split('#')[1]!;
  await expect(page.locator(`#${id}`)).toBeInViewport();
});

test('the home page totals match the corrections listed', async ({ page }) => {
  await page.goto('./');
  const stat = page.locator('.stats div', { hasText: 'Corrections' }).locator('dd');
  await expect(stat).toHaveText(String(all.length));
  for (const kind of ['factual', 'truncated']) {
    await expect(page.locator(`.kind-counts .kind-${kind} dd`)).toHaveText(String(all.filter((c) => c.kind === kind).length));
  }
});
