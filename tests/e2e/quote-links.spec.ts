// Linking and quoting a claim: a Copy link button on every key point and disagreement, Copy as Markdown on
// answers and corrections, and "Copy link to this passage" for text selected in an answer. Each test
// checks the exact clipboard contents and the announcement, and works from the keyboard.
import type { Page } from '@playwright/test';
import { kindInfo, type Kind } from '../../src/lib/kinds';
import { expect, test } from './support/fixtures';
import { axeViolations } from './support/axe';
import { anchorBoxes, frontmatter } from './support/content';
import { BASED_URL } from './support/sites';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const page23 = `questions/${anchorBoxes.slug}/`;
const data = frontmatter(anchorBoxes.n) as ReturnType<typeof frontmatter> & {
  key_points: Array<{ id: number }>;
  disagreements: Array<{ id: number }>;
  corrections: Array<{ id: number; source: string; kind: Kind; quote: string; note: string }>;
};
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const attribution = (source: string) => `${data.answers.find((a) => a.source === source)!.label} on question ${anchorBoxes.n}, “${anchorBoxes.title}”, in the CV Interview Handbook`;

test('every key point and disagreement has its anchor from the editorial id, and a Copy link button', async ({ page, baseURL }) => {
  await page.goto(page23);
  const claims = [...data.key_points.map((p) => `key-point-${p.id}`), ...data.disagreements.map((d) => `disagreement-${d.id}`)];
  expect(claims.length).toBeGreaterThan(3);
  for (const id of claims) {
    const claim = page.locator(`#${id}`);
    await expect(claim).toHaveCount(1);
    await expect(claim.getByRole('button', { name: `Copy link to ${id.replace(/-(\d+)$/, ' $1').replace('-', ' ')}` })).toHaveCount(1);
  }
  // From the keyboard: focus the last key point's button and press Enter.
  const last = data.key_points.at(-1)!.id;
  const button = page.getByRole('button', { name: `Copy link to key point ${last}` });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-announcer]')).toHaveText(`Copied link to key point ${last}`);
  expect(await clipboard(page)).toBe(new URL(`${page23}#key-point-${last}`, baseURL).href);
  await page.getByRole('button', { name: `Copy link to disagreement ${data.disagreements[0]!.id}` }).click();
  await expect(page.locator('[data-announcer]')).toHaveText(`Copied link to disagreement ${data.disagreements[0]!.id}`);
  expect(await clipboard(page)).toBe(new URL(`${page23}#disagreement-${data.disagreements[0]!.id}`, baseURL).href);
  // The link lands on the claim, which stands out.
  await page.goto(`${page23}#key-point-${last}`);
  await expect(page.locator(`#key-point-${last}`)).toBeInViewport();
});

test('Copy as Markdown on an answer: its first sentences, the source and question, and the short link', async ({ page, baseURL }) => {
  await page.goto(page23);
  const button = page.getByRole('button', { name: /^Copy as Markdown: Source B's answer$/ });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(button).toHaveText(/Copied/);
  await expect(page.locator('[data-announcer]')).toHaveText("Copied as Markdown: Source B's answer");
  // Source B's answer to question 23 as the source file has it (sources are never edited).
  expect(await clipboard(page)).toBe(
    [
      '> Anchor boxes are a technique used in object detection models to generate a set of possible object bounding boxes. These boxes are used to help the model identify the objects in the image.',
      '',
      `— ${attribution('b')}: ${new URL(`q/${anchorBoxes.n}/b/`, baseURL).href}`,
    ].join('\n'),
  );
});

test('Copy as Markdown on a correction: the quote, the verdict, the attribution and the correction’s short link', async ({ page, baseURL }) => {
  const correction = data.corrections[0]!;
  await page.goto(page23);
  await page.getByRole('button', { name: `Copy as Markdown: correction ${correction.id}` }).click();
  await expect(page.locator('[data-announcer]')).toHaveText(`Copied as Markdown: correction ${correction.id}`);
  expect(await clipboard(page)).toBe(
    [
      `> ${correction.quote}`,
      '',
      `**${kindInfo[correction.kind].label}** (correction ${correction.id}): ${correction.note}`,
      '',
      `— ${attribution(correction.source)}: ${new URL(`q/${anchorBoxes.n}/${correction.source}/${correction.id}/`, baseURL).href}`,
    ].join('\n'),
  );
});

test('the short link in a Markdown quote keeps the base path', async ({ page }) => {
  await page.goto(new URL(page23, BASED_URL).href);
  await page.getByRole('button', { name: /^Copy as Markdown: Source A's answer$/ }).click();
  await expect(page.locator('[data-announcer]')).toHaveText(/Copied/);
  expect((await clipboard(page)).split('\n').at(-1)).toMatch(new RegExp(`: ${new URL(`q/${anchorBoxes.n}/a/`, BASED_URL).href.replace(/[.?]/g, '\\$&')}$`));
});

/** Selects text in Source C's first paragraph from the keyboard: a double-click on the first word, then Shift+→. */
async function selectPassage(page: Page, characters: number): Promise<string> {
  const paragraph = page.locator('.answer[data-source="c"] .answer__body p').first();
  await paragraph.scrollIntoViewIfNeeded();
  const box = (await paragraph.boundingBox())!;
  await page.mouse.dblclick(box.x + 8, box.y + 12);
  for (let i = 0; i < characters; i++) await page.keyboard.press('Shift+ArrowRight');
  return page.evaluate(() => getSelection()!.toString());
}

test('Copy link to this passage: offered for a selection in an answer, reached with Tab, links with a text fragment', async ({ page, baseURL, context }) => {
  test.slow(); // two pages, one of them scrolled by the browser after load
  await page.goto(page23);
  const bar = page.getByRole('button', { name: 'Copy link to this passage' });
  await expect(bar).toBeHidden();
  const selected = await selectPassage(page, 30);
  expect(selected.split(' ').length).toBeGreaterThan(4);
  await expect(bar).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(bar).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-announcer]')).toHaveText('Copied link to this passage');
  const link = await clipboard(page);
  const prefix = `${new URL(page23, baseURL).href}#source-c:~:text=`;
  expect(link.startsWith(prefix)).toBe(true);
  // Parts are separated by "-", "," and "&": inside a part these stay percent-encoded.
  const directive = link.slice(prefix.length);
  expect(directive).not.toMatch(/&/);
  const parts = directive.split(',').map((part) => part.replace(/^-|-$/g, ''));
  expect(parts.every((part) => !part.includes('-'))).toBe(true);
  expect(parts.map(decodeURIComponent).join(' ').toLowerCase()).toContain(selected.trim().split(/\s+/).slice(0, 3).join(' ').toLowerCase());
  // Opened, the link scrolls to the passage (Chromium highlights it itself and loads no polyfill).
  const opened = await context.newPage();
  const polyfill: string[] = [];
  opened.on('request', (request) => request.url().includes('text-fragments') && polyfill.push(request.url()));
  await opened.goto(link);
  await expect(opened.locator('.answer[data-source="c"] .answer__body p').first()).toBeInViewport({ timeout: 20_000 });
  expect(await opened.evaluate(() => 'fragmentDirective' in document)).toBe(true);
  expect(polyfill).toEqual([]);
});

test('the passage bar goes away when the selection leaves the answers, and Escape dismisses it', async ({ page }) => {
  await page.goto(page23);
  const bar = page.getByRole('button', { name: 'Copy link to this passage' });
  await selectPassage(page, 10);
  await expect(bar).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await selectPassage(page, 10);
  await expect(bar).toBeVisible();
  await page.evaluate(() => getSelection()!.selectAllChildren(document.querySelector('h1')!));
  await expect(bar).toBeHidden();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the copy controls, a targeted key point and the passage bar (${scheme} theme)`, async ({ page }) => {
    test.slow(); // axe on a long question page, on a shared machine
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${page23}#key-point-2`);
    await page.getByRole('button', { name: 'Copy link to key point 2' }).click();
    await selectPassage(page, 10);
    await expect(page.getByRole('button', { name: 'Copy link to this passage' })).toBeVisible();
    // The site's highlight for a passage in browsers without text fragments (the polyfill's mark class).
    await page.evaluate(() => {
      const mark = document.createElement('mark');
      mark.className = 'text-fragments-polyfill-target-text';
      mark.textContent = 'a passage';
      document.querySelector('.answer[data-source="d"] .answer__body p')!.prepend(mark);
    });
    expect(await axeViolations(page)).toEqual([]);
  });
}
