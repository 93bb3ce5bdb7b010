// Offline reading: the service worker keeps pages as they are used, and "Save for offline" on the home page
// keeps the whole handbook, search included, at the root and under the base path.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { axeViolations } from './support/axe';
import { anchorBoxes, readingOrder, topics } from './support/content';
import { BASED_URL, ROOT_URL } from './support/sites';

// How long a save (some 200 files through the worker, short links not among them) may take: 4.6 s alone with
// Chromium 150, and four to five times that beside the other tests on two cores (session 18, when a save was 770 files).
const SAVING = 90_000;
const WITH_A_SAVE = SAVING + 60_000;

const sites = [
  { name: 'at the root', url: ROOT_URL },
  { name: 'under the base path', url: BASED_URL },
];

/** axe on the "Save for offline" section in both themes (the site follows the system theme as it changes, theme.spec.ts). */
async function axeInBothThemes(page: Page, state: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
    expect(await axeViolations(page, '[data-offline-save]'), `${state}, ${colorScheme} theme`).toEqual([]);
  }
}

// Each save takes tens of seconds on two cores: the same save is checked for accessibility, before and after it.
for (const { name, url } of sites) {
  test(`after Save for offline every page and search work with no network, and the section passes axe before and after (${name})`, async ({ page, context }) => {
    test.setTimeout(WITH_A_SAVE);
    await page.goto(url);
    // The size shows once the section is in view.
    await page.locator('[data-offline-save]').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-offline-size]')).toHaveText(/\d MB in \d+ files/);
    await axeInBothThemes(page, 'before saving');
    await page.getByRole('button', { name: 'Save for offline' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved on this device' })).toBeVisible({ timeout: SAVING });
    await expect(page.getByRole('button', { name: 'Save again' })).toBeVisible();
    await axeInBothThemes(page, 'after saving');

    await context.setOffline(true);
    for (const question of [readingOrder[0]!, anchorBoxes, readingOrder.at(-1)!]) {
      await page.goto(`${url}questions/${question.slug}/`);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(question.title);
    }
    await page.goto(`${url}topics/${topics.at(-1)!.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(topics.at(-1)!.title);
    // Another topic of the menu lists its questions from the saved /site-nav.json.
    await page.locator('#site-nav summary', { hasText: topics[0]!.title }).click();
    await expect(page.locator('#site-nav').getByRole('link', { name: `${readingOrder[0]!.n} ${readingOrder[0]!.title}` })).toBeVisible();
    // Short links are not saved files: the worker redirects them, keeping a hash the link carries.
    const questionUrl = `${url}questions/${anchorBoxes.slug}/`;
    const shortLinks = [
      [`q/${anchorBoxes.n}/`, questionUrl],
      [`q/${anchorBoxes.n}/b/`, `${questionUrl}#source-b`],
      [`q/${anchorBoxes.n}/b#key-points`, `${questionUrl}#key-points`],
    ];
    for (const [shortLink, destination] of shortLinks) {
      await page.goto(`${url}${shortLink}`);
      await expect(page).toHaveURL(destination!);
      await expect(page.getByRole('heading', { level: 1 })).toContainText(anchorBoxes.title);
    }
    // Search, with its entry, metadata and filter files that no list names (the worker caches them by rule).
    await page.goto(`${url}search/?q=anchor%20boxes`);
    const results = page.locator('.search-result__page');
    await expect(results.first()).toContainText(anchorBoxes.title);
    // A filter that narrows a broader query (as in search.spec.ts): it needs every filter file.
    await page.getByRole('combobox', { name: 'Search the handbook' }).fill('network');
    const status = page.locator('.search-panel').getByRole('status');
    await expect(status).toContainText('results for “network”');
    const unfiltered = await status.textContent();
    await page.locator('.search-panel summary', { hasText: 'Filters' }).click();
    await page.getByLabel('Corrections').selectOption('Factual errors');
    await expect(status).not.toHaveText(unfiltered!);
    await expect(results.first()).toBeVisible();
    await page.getByLabel('Corrections').selectOption({ index: 0 });
    await expect(status).toHaveText(unfiltered!);
    await page.getByRole('combobox', { name: 'Search the handbook' }).fill('anchor boxes');
    await expect(results.first()).toContainText(anchorBoxes.title);
    await results.first().click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(anchorBoxes.title);
  });
}

test('a page or short link opened once is kept for reading offline; one never opened is not', async ({ page, context, problems }) => {
  await page.goto('./');
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The first worker takes charge of the page it was registered from; from then on it keeps what is fetched.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const questionUrl = new URL(`questions/${anchorBoxes.slug}/`, page.url()).href;
  await page.goto(`q/${anchorBoxes.n}/b/`);
  await expect(page).toHaveURL(`${questionUrl}#source-b`);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(anchorBoxes.title);
  // The short link again, and with a hash of its own, which its kept page applies.
  for (const [shortLink, destination] of [[`q/${anchorBoxes.n}/b/`, `${questionUrl}#source-b`], [`q/${anchorBoxes.n}/b/#key-points`, `${questionUrl}#key-points`]] as const) {
    await page.goto(shortLink);
    await expect(page).toHaveURL(destination);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(anchorBoxes.title);
  }

  problems.ignore(); // the page and the short link never opened fail to load, as they should
  const unread = readingOrder.find((question) => question.slug !== anchorBoxes.slug)!;
  await expect(page.goto(`questions/${unread.slug}/`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
  await expect(page.goto(`q/${anchorBoxes.n}/c/`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
});

test('until the reader saves, search\'s files pass the worker by', async ({ page }) => {
  await page.goto('./');
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  const served: Array<{ path: string; byWorker: boolean }> = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (/^\/(pagefind\/|search-synonyms\.json)/.test(path)) served.push({ path, byWorker: response.fromServiceWorker() });
  });
  await page.goto('search/?q=anchor+boxes');
  await expect(page.locator('.search-result__page').first()).toContainText(anchorBoxes.title);
  for (const kind of [/pagefind\.js$/, /wasm\./, /pagefind-entry\.json$/, /\.pf_meta$/, /\/index\//, /\/fragment\//, /search-synonyms\.json$/]) {
    expect(served.map(({ path }) => path)).toContainEqual(expect.stringMatching(kind));
  }
  expect(served.filter(({ byWorker }) => byWorker)).toEqual([]);
});

test('while the reader saves, Pagefind files no list names are cached by rule for this build; another build\'s go when its worker takes over', async ({ page }) => {
  // Before this build's worker exists, caches as an older build's worker leaves them (its short links' too).
  await page.addInitScript(() => {
    if (navigator.serviceWorker.controller) return;
    void caches.open('cv-handbook-pagefind-older-build').then((cache) => cache.put('/pagefind/pagefind-entry.json', new Response('{}')));
    void caches.open('cv-handbook-short-links-older-build').then((cache) => cache.put('/q/1/', new Response('<p>older</p>')));
  });
  await page.goto('./');
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // A request as "Save for offline" makes them: from then on, search's files go through the worker.
  await page.evaluate(() => fetch('favicon.svg', { headers: { 'X-Handbook-Saving': '1' } }));
  await page.goto('search/?q=anchor+boxes');
  await expect(page.locator('.search-result__page').first()).toContainText(anchorBoxes.title);
  await page.locator('.search-panel summary', { hasText: 'Filters' }).click();
  await expect(page.getByLabel('Corrections')).toBeVisible();

  const cached = await page.evaluate(async () => {
    const names = (await caches.keys()).filter((name) => name.startsWith('cv-handbook-pagefind-'));
    const keys = await Promise.all(names.map(async (name) => (await caches.open(name)).keys()));
    return { names, files: keys.flat().map((request) => new URL(request.url).pathname) };
  });
  expect(cached.names).toHaveLength(1);
  expect(cached.names[0]).toMatch(/^cv-handbook-pagefind-[0-9a-f]{16}$/);
  expect(await page.evaluate(() => caches.keys())).not.toContainEqual(expect.stringContaining('older-build'));
  // One entry file whatever Pagefind's ?ts=, the metadata it points at, and the filter files the panel loaded.
  expect(cached.files.filter((file) => file === '/pagefind/pagefind-entry.json')).toHaveLength(1);
  expect(cached.files.filter((file) => /^\/pagefind\/pagefind\.[\w-]+\.pf_meta$/.test(file))).toHaveLength(1);
  expect(cached.files.filter((file) => file.startsWith('/pagefind/filter/')).length).toBeGreaterThan(0);
});

test('for a reader who saved, the home page has the filter files fetched again when the worker lacks them', async ({ page }) => {
  test.setTimeout(WITH_A_SAVE);
  const filterFiles = () =>
    page.evaluate(async () => {
      const names = (await caches.keys()).filter((name) => name.startsWith('cv-handbook-pagefind-'));
      const keys = await Promise.all(names.map(async (name) => (await caches.open(name)).keys()));
      return keys.flat().filter((request) => new URL(request.url).pathname.startsWith('/pagefind/filter/')).length;
    });
  await page.goto('./');
  await page.getByRole('button', { name: 'Save for offline' }).click();
  await expect(page.getByRole('button', { name: 'Save again' })).toBeVisible({ timeout: SAVING });
  const saved = await filterFiles();
  expect(saved).toBeGreaterThan(0);
  // As a new deploy's worker finds itself after its install: everything but the filter files.
  await page.evaluate(async () => {
    for (const name of (await caches.keys()).filter((cacheName) => cacheName.startsWith('cv-handbook-pagefind-'))) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) if (new URL(request.url).pathname.startsWith('/pagefind/filter/')) await cache.delete(request);
    }
  });
  expect(await filterFiles()).toBe(0);
  await page.reload();
  await expect.poll(filterFiles, { timeout: 30_000 }).toBe(saved);
});
