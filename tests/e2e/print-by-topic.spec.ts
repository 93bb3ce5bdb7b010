// A handbook past the size that prints whole (src/lib/print-pages.ts; tests/fixtures/print-by-topic, 160
// questions in four topics of 40, built under the base path): /print/ lists the topics, each prints from a page
// of its own with a way back, pages link to where they print, none is indexed, and `npm run pdf` makes a PDF
// a topic, linked from its print page. Its menu lists 15 questions of a topic (lib/site-nav.ts), and links the rest.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test } from './support/fixtures';
import { axeViolations } from './support/axe';
import { BASE_PATH, PRINT_BY_TOPIC_ROOT, PRINT_BY_TOPIC_URL, printByTopicSite } from './support/sites';

interface FixtureTopic {
  id: string;
  title: string;
}
interface FixtureQuestion {
  n: number;
  slug: string;
  title: string;
  topic: string;
}
const read = <T>(file: string): T => parse(readFileSync(join(PRINT_BY_TOPIC_ROOT, 'content', file), 'utf8'));
const topics = read<FixtureTopic[]>('topics.yaml');
const questions = read<FixtureQuestion[]>('questions.yaml');
const questionsOf = (topic: FixtureTopic) => questions.filter((question) => question.topic === topic.id);
/** The topic whose first question has a correction (editorial/q41.yaml). */
const corrected = topics[1]!;
const url = (path: string) => new URL(path, PRINT_BY_TOPIC_URL).href;

test('/print/ lists every topic with its question count, linked to its print page, and holds no question', async ({ page }) => {
  await page.goto(url('print/'));
  await expect(page).toHaveTitle(/^The handbook, to print/);
  const list = page.getByRole('navigation', { name: 'Topics to print' });
  await expect(list.getByRole('link')).toHaveText(topics.map((topic) => topic.title));
  expect(await list.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(
    topics.map((topic) => `${BASE_PATH}print/${topic.id}/`),
  );
  await expect(list.locator('li').first()).toContainText(`(${questionsOf(topics[0]!).length} questions)`);
  await expect(page.locator('.print-question')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
});

test("a topic's print page holds its questions in reading order, with contents, unique ids and a way back", async ({ page }) => {
  const topic = corrected;
  const titles = questionsOf(topic).map((question) => `${question.n}. ${question.title}`);
  await page.goto(url(`print/${topic.id}/`));
  await expect(page).toHaveTitle(new RegExp(`^${topic.title}, to print`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(topic.title);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents.locator('ol ol a')).toHaveText(titles);
  await expect(page.locator('.print-question > h2')).toHaveText(titles);
  await expect(page.locator('.print-topic > h2')).toHaveText([topic.title]);
  const duplicates = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((el) => el.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });
  expect(duplicates).toEqual([]);

  // The corrected passage leads to its note on this page.
  const first = questionsOf(topic)[0]!;
  await page.locator(`#q${first.n}-flag-1 a`).click();
  await expect(page).toHaveURL(new RegExp(`#q${first.n}-correction-1$`));

  // Ways back: to all topics to print, and to the topic online.
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'To print' }).click();
  await expect(page).toHaveURL(url('print/'));
  await page.goBack();
  await page.locator('.print-page__hint').getByRole('link', { name: topic.title }).click();
  await expect(page).toHaveURL(url(`topics/${topic.id}/`));
});

test('printed, a topic page shows only its questions, each on a new page', async ({ page }) => {
  const topic = topics[0]!;
  await page.goto(url(`print/${topic.id}/`));
  await page.emulateMedia({ media: 'print' });
  for (const chrome of ['.site-header', '.site-nav', '.breadcrumb', '.print-page__hint']) await expect(page.locator(chrome)).toBeHidden();
  const breaks = await page.locator('.print-question').evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
  expect(breaks).toEqual(['avoid-page', ...questionsOf(topic).slice(1).map(() => 'page')]);
});

test('the home page and each topic page link to where they print', async ({ page }) => {
  await page.goto(url(''));
  await page.getByRole('link', { name: 'The handbook to print' }).click();
  await expect(page).toHaveURL(url('print/'));
  const topic = topics.at(-1)!;
  await page.goto(url(`topics/${topic.id}/`));
  await page.getByRole('link', { name: 'This topic on one page' }).click();
  await expect(page).toHaveURL(url(`print/${topic.id}/`));
  await expect(page.locator('.print-question')).toHaveCount(questionsOf(topic).length);
});

test('neither the sitemap, the search index nor Save for offline holds a print page', () => {
  const sitemap = readFileSync(join(printByTopicSite.dir, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain(`${BASE_PATH}topics/${topics[0]!.id}/`);
  expect(sitemap).not.toContain('/print/');
  const indexed = readFileSync(join(printByTopicSite.dir, 'pagefind', 'pagefind-entry.json'), 'utf8');
  expect(JSON.parse(indexed).languages.en.page_count).toBe(questions.length);
  // They repeat the question pages, which a reader who saves has already.
  const saved = JSON.parse(readFileSync(join(printByTopicSite.dir, 'offline.json'), 'utf8')) as { files: Array<{ url: string }> };
  expect(saved.files.map((file) => file.url)).toContain(`topics/${topics[0]!.id}/index.html`);
  expect(saved.files.filter((file) => file.url.startsWith('print/'))).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme });
    for (const path of ['print/', `print/${corrected.id}/`]) {
      test(`axe: ${path}`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.goto(url(path));
        // The cover, the contents and the first questions (the first one corrected): the others repeat the same
        // components, and axe over all 40 takes most of a minute on a busy machine.
        await page.evaluate(() => document.querySelectorAll('.print-question:nth-of-type(n+4)').forEach((question) => question.remove()));
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}

test('npm run pdf makes a PDF a topic and links each from its print page', async () => {
  test.setTimeout(180_000);
  const dist = mkdtempSync(join(tmpdir(), 'handbook-pdf-by-topic-'));
  try {
    cpSync(printByTopicSite.dir, dist, { recursive: true });
    execFileSync('npx', ['tsx', 'scripts/pdf.ts', `--dist=${dist}`], { stdio: 'pipe', env: { ...process.env, BASE_PATH } });
    for (const topic of topics) {
      const pdf = readFileSync(join(dist, 'print', topic.id, `cv-interview-handbook-${topic.id}.pdf`));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0).toBeGreaterThan(questionsOf(topic).length);
      expect(readFileSync(join(dist, 'print', topic.id, 'index.html'), 'utf8')).toMatch(
        new RegExp(`<span data-pdf-link> Or download it as a <a href="cv-interview-handbook-${topic.id}.pdf" type="application/pdf">PDF \\(\\d+\\.\\d MB\\)</a>\\.</span>`),
      );
    }
    // No PDF of the whole handbook, so the home page links none.
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('data-pdf-link');
  } finally {
    rmSync(dist, { recursive: true, force: true });
  }
});

test('the menu lists a window of a large topic, and a topic opened from it its first 15, with a link to all of them', async ({ page }) => {
  const [own, other] = [topics[0]!, topics[1]!];
  await page.goto(url(`questions/${questionsOf(own)[20]!.slug}/`));
  const topicItem = (topic: FixtureTopic) => page.locator('#site-nav li', { has: page.locator('summary', { hasText: topic.title }) });
  const listed = (topic: FixtureTopic) => topicItem(topic).locator('a:not(.site-nav__overview)');
  await expect(listed(own)).toHaveCount(15);
  await expect(listed(own).filter({ hasText: questionsOf(own)[20]!.title })).toHaveAttribute('aria-current', 'page');
  await topicItem(other).locator('summary').click();
  await expect(listed(other)).toHaveCount(15);
  await expect(listed(other).first()).toHaveAttribute('href', `${BASE_PATH}questions/${questionsOf(other)[0]!.slug}/`);
  await expect(topicItem(other).getByRole('link', { name: `All ${questionsOf(other).length} questions of this topic` })).toHaveAttribute(
    'href',
    `${BASE_PATH}topics/${other.id}/`,
  );
});
