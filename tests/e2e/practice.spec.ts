// Practice: a session from the keyboard alone, the schedule kept across visits, export and import of
// progress, and axe with a card revealed in both themes.
import { readFileSync } from 'node:fs';
import { expect, test } from './support/fixtures';
import { axeViolations } from './support/axe';
import { topics } from './support/content';

/** Leaves only the first topic ticked, and returns how many cards it has. */
async function onlyFirstTopic(page: import('@playwright/test').Page): Promise<number> {
  const boxes = page.locator('input[name="topic"]');
  for (let i = 1; i < (await boxes.count()); i++) await boxes.nth(i).uncheck();
  return (await boxes.first().getAttribute('data-cards'))!.split(' ').length;
}

test('a whole session works from the keyboard, and what was known is not due again today', async ({ page }) => {
  await page.goto('practice/');
  const cards = await onlyFirstTopic(page);
  await expect(page.locator(`[data-topic-due="${topics[0]!.id}"]`)).toHaveText(`(${cards} of ${cards} due)`);
  await page.getByRole('button', { name: 'Start practising' }).focus();
  await page.keyboard.press('Enter');

  const title = page.locator('#practice-question');
  const seen: string[] = [];
  for (let i = 0; i < cards; i++) {
    await expect(title).toBeFocused();
    // Marking the first card "review again" adds it to the end of the session.
    await expect(page.locator('[data-card-position]')).toHaveText(`Question ${i + 1} of ${i === 0 ? cards : cards + 1} · ${topics[0]!.title}`);
    seen.push((await title.textContent())!);
    await expect(page.locator('[data-answer]')).toBeHidden();
    await page.keyboard.press('Space');
    await expect(page.locator('[data-key-points] li').first()).toBeVisible();
    await expect(page.locator('#practice-key-points')).toBeFocused();
    // The first card goes back to the end of the session once; every other one is known.
    await page.keyboard.press(i === 0 ? 'n' : 'y');
  }
  await expect(title).toHaveText(seen[0]!);
  expect(new Set(seen).size).toBe(cards);
  await page.keyboard.press('Space');
  await page.keyboard.press('y');
  await expect(page.getByText(`You knew ${cards} and marked 1 to review again.`)).toBeVisible();

  await page.reload();
  await onlyFirstTopic(page);
  await expect(page.locator(`[data-topic-due="${topics[0]!.id}"]`)).toHaveText(`(0 of ${cards} due)`);
  await page.getByRole('button', { name: 'Start practising' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing in these topics is due today' })).toBeVisible();
  await page.getByRole('button', { name: 'Practise every question in these topics' }).click();
  await expect(page.getByText(`Question 1 of ${cards}`)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('#practice-summary')).toBeFocused();
});

test('progress exports as JSON and imports back; a bad file is refused with a clear message', async ({ page }, testInfo) => {
  await page.goto('practice/');
  await onlyFirstTopic(page);
  await page.getByRole('button', { name: 'Start practising' }).click();
  await page.getByRole('button', { name: 'Reveal the key points' }).click();
  await page.getByRole('button', { name: 'Knew it' }).click();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = testInfo.outputPath('progress.json');
  await (await download).saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.version).toBe(1);
  expect(Object.values(exported.cards)).toEqual([expect.objectContaining({ box: 1 })]);

  const status = page.getByRole('status').filter({ hasText: /import/i });
  await page.locator('[data-import]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"cards": 3}') });
  await expect(status).toHaveText(/^notes\.json was not imported\. This is not a practice progress file/);

  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator('[data-import]').setInputFiles(file);
  await expect(status).toHaveText('Imported progress for 1 question from progress.json.');
  await expect(page.getByText(/You have answered 1 of \d+ questions/)).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: practice, setup and a revealed card (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('practice/');
    await expect(page.getByRole('button', { name: 'Start practising' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Start practising' }).click();
    await page.getByRole('button', { name: 'Reveal the key points' }).click();
    await expect(page.getByRole('button', { name: 'Knew it' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
