// The search dialog: opened from any page, it finds the right question, leads to the matching passage
// with the terms highlighted, forgives typos, other words and British spelling, and filters.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { anchorBoxes, frontmatter, questions } from './support/content';
import { BASED_URL } from './support/sites';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the handbook' });
const field = (page: Page) => dialog(page).getByRole('combobox', { name: 'Search the handbook' });
const pageResults = (page: Page) => page.locator('.search-result__page');
const titleOf = (n: number) => questions.find((q) => q.n === n)!.title;

for (const [name, root] of [
  ['at the root', ''],
  ['under the base path', BASED_URL],
] as const) {
  test(`Ctrl+K on a question page, type, pick a sub-result with the keyboard, land on the highlighted passage (${name})`, async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${root ? new URL('./', root).href : ''}questions/${anchorBoxes.slug}/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((url) => url.includes('pagefind') || url.includes('search'))).toEqual([]);

    await page.keyboard.press('Control+k');
    await expect(field(page)).toBeFocused();
    await page.keyboard.type('anchor boxes');
    await expect(pageResults(page).first()).toContainText(anchorBoxes.title);
    await expect(dialog(page).getByRole('status')).toContainText('for “anchor boxes”');

    // Arrow keys move through the options (pages and their sections) while focus stays in the field.
    const options = dialog(page).getByRole('listbox').getByRole('option');
    await page.keyboard.press('ArrowDown');
    await expect(field(page)).toHaveAttribute('aria-activedescendant', (await options.nth(0).getAttribute('id'))!);
    await page.keyboard.press('ArrowDown');
    const section = options.nth(1);
    await expect(section).toHaveAttribute('aria-selected', 'true');
    await expect(field(page)).toBeFocused();
    const target = await section.getAttribute('href');
    expect(target).toMatch(new RegExp(`${root ? new URL(root).pathname : '/'}questions/${anchorBoxes.slug}/\\?highlight=anchor&highlight=boxes#[a-z0-9-]+$`));

    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#[a-z0-9-]+$/);
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
    const marks = page.locator('[data-pagefind-body] mark.pagefind-highlight');
    await expect(marks.first()).toBeVisible();
    expect((await marks.allTextContents()).map((t) => t.toLowerCase())).toEqual(expect.arrayContaining(['anchor', 'boxes']));
  });
}

test('a first search fetches each index file once and no filter index; opening the filters fetches it', async ({ page }) => {
  await page.goto(`questions/${anchorBoxes.slug}/`);
  await page.keyboard.press('Control+k');
  await field(page).fill('anchor boxes');
  await expect(dialog(page).getByRole('status')).toContainText('for “anchor boxes”');
  await page.waitForLoadState('networkidle');
  const fetched = () =>
    page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.includes('/pagefind/')));
  const first = await fetched();
  // Pagefind's script, entry file and WebAssembly, asked for early by preloads, must not be fetched a second
  // time by Pagefind; nor any other file.
  expect(first.filter((path) => /\.pf_meta$|\/wasm\.[a-z]+\.pagefind$|\/pagefind-entry\.json$/.test(path))).toHaveLength(3);
  expect(first).toEqual([...new Set(first)]);
  expect(first.filter((path) => path.includes('/filter/'))).toEqual([]);

  await dialog(page).locator('summary', { hasText: 'Filters' }).click();
  await expect(dialog(page).getByLabel('Topic')).toBeVisible();
  expect((await fetched()).filter((path) => path.includes('/filter/')).length).toBeGreaterThan(0);
});

// The search above works with Pagefind's API alone: its ready-made interfaces are not published (scripts/lib/pagefind-unused.ts).
test("Pagefind's ready-made search interfaces, which no page loads, are not published", async ({ request }) => {
  for (const name of ['pagefind-ui', 'pagefind-modular-ui', 'pagefind-component-ui']) {
    for (const extension of ['js', 'css']) expect((await request.get(`pagefind/${name}.${extension}`)).status(), `${name}.${extension}`).toBe(404);
  }
  expect((await request.get('pagefind/pagefind.js')).status()).toBe(200);
});

// The synonyms are preloaded with Pagefind's files by the header's launcher, but fetched by the engine itself on
// the search page, where a preload made after the engine's fetch was a second request for them.
for (const { name, open } of [
  { name: 'the search page, opened from a shared link', open: (page: Page) => page.goto('search/?q=anchor%20boxes') },
  {
    name: 'the dialog',
    open: async (page: Page) => {
      await page.goto(`questions/${anchorBoxes.slug}/`);
      await page.keyboard.press('Control+k');
      await field(page).fill('anchor boxes');
    },
  },
]) {
  test(`${name} asks for the synonyms once`, async ({ page }) => {
    const asked: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/search-synonyms.json')) asked.push(request.url());
    });
    await open(page);
    await expect(page.getByRole('status').filter({ hasText: 'for “anchor boxes”' })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(asked).toHaveLength(1);
  });
}

test('`/` opens the dialog, but not while typing in a field; Escape closes it and gives focus back', async ({ page }) => {
  await page.goto(`questions/${anchorBoxes.slug}/`);
  const copyLink = page.locator('button').filter({ hasText: /copy/i }).first();
  await copyLink.focus();
  await page.keyboard.press('/');
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('a/b');
  await expect(field(page)).toHaveValue('a/b');
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(copyLink).toBeFocused();
});

test('the header box starts loading the index on hover, and typing in it carries on in the dialog', async ({ page }) => {
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  const pagefind = page.waitForRequest(/pagefind\/pagefind\.js$/);
  const box = page.getByRole('searchbox', { name: 'Search the handbook' });
  await box.hover();
  await pagefind;
  await box.click();
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('u-net');
  await expect(pageResults(page).first()).toContainText('U-Net');
});

test('a typo gets a suggestion that finds the right question', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Control+k');
  await field(page).fill('adverserial atacks');
  // Too few pages for the query as typed: the correction's results are shown, the original is one click away.
  await expect(dialog(page).getByRole('status')).toContainText('for “adversarial attacks”');
  await expect(pageResults(page).first()).toContainText(titleOf(42));
  await dialog(page).getByRole('button', { name: 'adverserial atacks' }).click();
  await expect(dialog(page).getByRole('status')).toContainText('for “adverserial atacks”');
  await expect(dialog(page).getByText('Search instead for')).toBeHidden();
});

test('a misspelt word among words the handbook has is corrected too, but not the last word, which may be unfinished', async ({ page }) => {
  const vocabulary: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/search-terms.json')) vocabulary.push(request.url());
  });
  await page.goto('./');
  await page.keyboard.press('Control+k');
  // Words the handbook has: the vocabulary is not fetched.
  await field(page).fill('anchor boxes');
  await expect(dialog(page).getByRole('status')).toHaveText(/results? for “anchor boxes”$/);
  expect(vocabulary).toEqual([]);
  // "mechanism" alone finds pages: the correction's are shown all the same, the query as typed one click away.
  await field(page).fill('attension mechanism');
  await expect(dialog(page).getByRole('status')).toContainText('for “attention mechanism”, not “attension mechanism”');
  await expect(pageResults(page).first()).toContainText(titleOf(41));
  expect(vocabulary).toHaveLength(1);
  await dialog(page).getByRole('button', { name: 'attension mechanism' }).click();
  await expect(dialog(page).getByRole('status')).toHaveText(/results? for “attension mechanism”$/);
  await field(page).fill('attention mech');
  await expect(dialog(page).getByRole('status')).toHaveText(/results? for “attention mech”$/);
  await expect(pageResults(page).first()).toContainText(titleOf(41));
  // Nor when the query as typed finds few pages: "distilla" is the start of "distillation", not "distilled".
  await field(page).fill('knowledge distilla');
  await expect(dialog(page).getByRole('status')).toHaveText(/results? for “knowledge distilla”$/);
});

test('"Did you mean" offers a correction when the query as typed still finds a few pages', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Control+k');
  await field(page).fill('segmantation transformer');
  const suggestion = dialog(page).locator('.search-panel__suggestion');
  await expect(suggestion).toContainText(/Did you mean segmentation transformer\?|Search instead for/);
});

test.describe('other words and spellings for the same thing', () => {
  // Each query, and the questions one of which must come first.
  for (const [query, expected] of [
    ['nms', [23, 19, 5]],
    ['interpretability', [45]],
    ['explainability', [45]],
    ['unet', [38]],
    ['U Net', [38]],
    ['quantisation', [11, 28]],
    ['model compression', [10, 11, 27, 28]],
    ['optimise a model for production', [46]],
  ] as const) {
    // A shared link each, loaded as a new document into the worker's page (as in search-relevance.spec.ts).
    test(`"${query}" finds question ${expected.join(' or ')} first`, async ({ sharedPage: page }) => {
      await page.goto(`search/?q=${encodeURIComponent(query)}`);
      await expect(pageResults(page).first()).toBeVisible();
      // The other words' pages join those of the query as typed after them; the list is busy until then.
      await expect(page.locator('.search-panel__results')).not.toHaveAttribute('aria-busy', 'true');
      const first = await pageResults(page).first().locator('.search-result__title').textContent();
      expect(expected.map(titleOf)).toContain(first);
    });
  }
});

test('filters: correction kind and answering source narrow the results to pages that have them', async ({ page }) => {
  await page.goto('search/?q=network');
  await expect(pageResults(page).first()).toBeVisible();
  const status = page.locator('.search-panel').getByRole('status');
  await expect(status).toContainText('results for “network”');
  const unfiltered = await status.textContent();
  await page.locator('.search-panel summary', { hasText: 'Filters' }).click();
  await page.getByLabel('Corrections').selectOption('Factual errors');
  await expect(page.locator('.search-panel summary')).toHaveText('Filters (1 on)');
  await expect(status).not.toHaveText(unfiltered!);
  await expect(pageResults(page).first()).toBeVisible();
  for (const href of await pageResults(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname))) {
    const slug = href.split('/').filter(Boolean).at(-1);
    const n = questions.find((q) => q.slug === slug)!.n;
    expect(frontmatter(n).corrections.map((c) => c.kind)).toContain('factual');
  }
  const sources = await page.getByLabel('Answered by').locator('option').allTextContents();
  expect(sources.slice(1)).toEqual(expect.arrayContaining(['Source A', 'Source E']));
  await expect(page.getByLabel('Topic').locator('option')).not.toHaveCount(1);
});

test('"Show more results" loads the next results below the first ones and makes the first of them active', async ({ page }) => {
  await page.goto('search/?q=network');
  await expect(pageResults(page)).toHaveCount(5);
  const total = Number((await page.locator('.search-panel').getByRole('status').textContent())!.match(/^(\d+) results/)![1]);
  expect(total).toBeGreaterThan(10);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(pageResults(page)).toHaveCount(10);
  const field = page.getByRole('combobox', { name: 'Search the handbook' });
  await expect(field).toBeFocused();
  await expect(pageResults(page).nth(5)).toHaveAttribute('aria-selected', 'true');
  await expect(field).toHaveAttribute('aria-activedescendant', (await pageResults(page).nth(5).getAttribute('id'))!);
  // Distinct pages: the next ones, not the first five again.
  const urls = await pageResults(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  expect(new Set(urls).size).toBe(10);
});

test('results merged in after a pause in typing keep the reader\'s place: the results shown and the active one', async ({ page }) => {
  // The other words' index chunks are held once the query's own results are on screen, so that the reader acts
  // before they join.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route('**/pagefind/index/**', async (route) => {
    if ((await pageResults(page).count()) > 0) {
      held += 1;
      await released;
    }
    await route.continue();
  });
  await page.goto('search/?q=cnn');
  await expect(pageResults(page)).toHaveCount(5);
  await page.getByRole('button', { name: 'Show more results' }).click();
  await expect(pageResults(page)).toHaveCount(10);
  await page.keyboard.press('ArrowDown');
  const active = page.locator('.search-panel__results [aria-selected="true"]');
  // The same passage: its page and anchor (the highlighted words may change when the other words join).
  const passage = () => active.evaluate((link) => (link as HTMLAnchorElement).pathname + (link as HTMLAnchorElement).hash);
  const before = await passage();
  await expect.poll(() => held, { message: 'the variants of "cnn" wait for an index chunk' }).toBeGreaterThan(0);
  await expect(page.locator('.search-panel__results')).toHaveAttribute('aria-busy', 'true');

  release();
  await expect(page.locator('.search-panel__results')).not.toHaveAttribute('aria-busy', 'true');
  await expect(pageResults(page)).toHaveCount(10);
  await expect.poll(passage).toBe(before);
  const field = page.getByRole('combobox', { name: 'Search the handbook' });
  await expect(field).toHaveAttribute('aria-activedescendant', (await active.getAttribute('id'))!);
});

test('/search/?q= shows the results for shared links and keeps the query in the URL', async ({ page }) => {
  await page.goto('search/?q=anchor+boxes');
  await expect(pageResults(page).first()).toContainText(anchorBoxes.title);
  await page.getByRole('combobox', { name: 'Search the handbook' }).fill('pytorch vs tensorflow');
  await expect(page).toHaveURL(/\?q=pytorch\+vs\+tensorflow$/);
  await expect(page.getByRole('status').filter({ hasText: '“pytorch vs tensorflow”' })).toBeVisible();
  const comparisons = questions.filter((q) => /PyTorch and TensorFlow/.test(q.title)).map((q) => q.title);
  expect(comparisons).toContain(await pageResults(page).first().locator('.search-result__title').textContent());
});
