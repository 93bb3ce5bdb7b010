// Print and PDF: every page prints without navigation, with corrections as numbered notes and link targets
// shown; /print/ holds the whole handbook in reading order with a table of contents, one question a page;
// search never points at it; `npm run pdf` renders it and links the PDF from the home page.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { axeViolations } from './support/axe';
import { corrected, readingOrder, topics } from './support/content';
import { BASED_URL, ROOT_URL } from './support/sites';

// The whole handbook is one long page: give its tests room on a busy machine.
test.describe.configure({ timeout: 90_000 });

test('the print page holds every question in reading order, with a table of contents and unique ids', async ({ page }) => {
  await page.goto('print/');
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents.getByRole('link')).toHaveCount(topics.length + readingOrder.length);
  const titles = readingOrder.map((q) => `${q.n}. ${q.title}`);
  await expect(contents.locator('ol ol a')).toHaveText(titles);
  await expect(page.locator('.print-question > h2')).toHaveText(titles);
  await expect(page.locator('.print-topic > h2')).toHaveText(topics.map((t) => t.title));

  // Every question brings its whole body: its five answers, under ids of its own.
  for (const q of [readingOrder[0]!, readingOrder.at(-1)!]) {
    await expect(page.locator(`#question-${q.n} ~ .answers .answer`)).not.toHaveCount(0);
    await expect(page.locator(`#q${q.n}-source-a`)).toHaveCount(1);
  }
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(duplicates).toEqual([]);

  // In-page links lead to the right question's part.
  await contents.getByRole('link', { name: titles.at(-1) }).click();
  await expect(page.locator(`#question-${readingOrder.at(-1)!.n}`)).toBeInViewport();
  if (corrected) {
    const { question, correction } = corrected;
    await page.locator(`#q${question.n}-flag-${correction.id} a`).click();
    await expect(page).toHaveURL(new RegExp(`#q${question.n}-correction-${correction.id}$`));
  }
});

test('printed, the print page starts every question on a new page and shows where links lead', async ({ page }) => {
  await page.goto('print/');
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  for (const chrome of ['.site-header', '.site-nav', '.site-footer', '.print-page__hint']) await expect(page.locator(chrome)).toBeHidden();
  const breaks = await page.locator('.print-question').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
  // A topic's first question follows the topic's title; every other question starts a page.
  expect(breaks.filter((b) => b === 'page')).toHaveLength(readingOrder.length - topics.length);
  expect(breaks.filter((b) => b === 'avoid-page')).toHaveLength(topics.length);

  const online = page.locator('.print-question__link a').first();
  const after = await online.evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toBe(`" (${ROOT_URL}questions/${readingOrder[0]!.slug}/)"`);
});

test('printing a question page hides navigation and numbers the corrected passages', async ({ page }) => {
  test.skip(!corrected, 'the handbook has no corrections yet');
  const { question, correction } = corrected!;
  await page.goto(`questions/${question.slug}/`);
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.site-header', '.site-nav', '.toc', '.prev-next', '.copy-link']) await expect(page.locator(chrome).first()).toBeHidden();
  const ref = page.locator(`#flag-${correction.id} .flag__ref`);
  expect(await ref.evaluate((el) => getComputedStyle(el, '::before').content + el.firstChild!.nextSibling!.textContent + getComputedStyle(el, '::after').content)).toBe(`"["${correction.id}"]"`);
  await expect(page.locator(`#correction-${correction.id}`)).toBeVisible();
  const reference = page.locator('.reference__title').first();
  if ((await reference.count()) > 0) {
    const href = await reference.getAttribute('href');
    expect(await reference.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
  }
});

test('neither search nor the sitemap leads to the print page, which asks not to be indexed', async ({ page }) => {
  await page.goto('search/?q=anchor%20boxes');
  const links = page.locator('.search-panel__results a');
  await expect(links.first()).toBeVisible();
  expect((await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).filter((href) => href?.includes('/print/'))).toEqual([]);
  expect(readFileSync('dist/sitemap-0.xml', 'utf8')).not.toContain('/print/');
  // Read from the file the server sends: loading the whole handbook in the browser would tell nothing more.
  expect(readFileSync('dist/print/index.html', 'utf8')).toContain('<meta name="robots" content="noindex">');
});

test('the home page links the print page, under the base path too', async ({ page }) => {
  await page.goto(BASED_URL);
  await page.getByRole('link', { name: 'The whole handbook on one page' }).click();
  await expect(page).toHaveURL(`${BASED_URL}print/`);
  await expect(page.locator('.print-question')).toHaveCount(readingOrder.length);
});

test('axe: the print page (its contents and first topic), in both themes', async ({ page }) => {
  await page.goto('print/');
  // The cover, the contents and the first topic: the other topics repeat the same components, and the
  // whole page at once takes axe minutes. One load of the page for both themes.
  await page.evaluate(() => document.querySelectorAll('.print-topic:not(:first-of-type)').forEach((topic) => topic.remove()));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), colorScheme).toEqual([]);
  }
});

test('npm run pdf renders the print page to a PDF and links it from the home page', async () => {
  test.setTimeout(180_000);
  const dist = mkdtempSync(join(tmpdir(), 'handbook-pdf-'));
  try {
    cpSync('dist', dist, { recursive: true });
    execFileSync('npx', ['tsx', 'scripts/pdf.ts', `--dist=${dist}`], { stdio: 'pipe' });
    const pdf = readFileSync(join(dist, 'cv-interview-handbook.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A page for the cover and contents, and at least one for each question.
    expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(readingOrder.length);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toMatch(
      /<span data-pdf-link> Or download it as a <a href="cv-interview-handbook.pdf" type="application\/pdf">PDF \(\d+\.\d MB\)<\/a>\.<\/span>/,
    );
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});
