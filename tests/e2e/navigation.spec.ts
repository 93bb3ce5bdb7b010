// Reading the handbook: home -> topic -> question -> next, in reading order.
import { expect, test } from './support/fixtures';
import { readingOrder, topics } from './support/content';
import { BASED_URL } from './support/sites';

test('home -> topic -> question -> next question in reading order', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('h1')).toHaveText('CV Interview Handbook');

  // Every topic and every question is listed on the home page.
  const main = page.locator('main');
  for (const topic of topics) await expect(main.getByRole('link', { name: topic.title, exact: true })).toBeVisible();
  await expect(main.locator('.question-list a')).toHaveCount(readingOrder.length);

  const topic = topics[0]!;
  await main.getByRole('link', { name: topic.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.id}/$`));
  await expect(page.locator('h1')).toHaveText(topic.title);

  const first = readingOrder.find((q) => q.topic === topic.id)!;
  await main.locator('.question-list a').first().click();
  await expect(page).toHaveURL(new RegExp(`/questions/${first.slug}/$`));
  await expect(page.locator('h1')).toHaveText(first.title);
  // The navigation marks the current page.
  await expect(page.locator('#site-nav a[aria-current="page"]')).toHaveAttribute('href', new RegExp(`/questions/${first.slug}/$`));

  const next = readingOrder[readingOrder.indexOf(first) + 1]!;
  await page.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(new RegExp(`/questions/${next.slug}/$`));
  await expect(page.locator('h1')).toHaveText(next.title);
  await page.getByRole('link', { name: /Previous/ }).click();
  await expect(page).toHaveURL(new RegExp(`/questions/${first.slug}/$`));
});

test('the last question in reading order has no next link, the first none previous', async ({ page }) => {
  await page.goto(`questions/${readingOrder.at(-1)!.slug}/`);
  await expect(page.locator('.prev-next a[rel="next"]')).toHaveCount(0);
  await expect(page.locator('.prev-next a[rel="prev"]')).toHaveAttribute('href', new RegExp(`/questions/${readingOrder.at(-2)!.slug}/$`));
  await page.goto(`questions/${readingOrder[0]!.slug}/`);
  await expect(page.locator('.prev-next a[rel="prev"]')).toHaveCount(0);
});

test('a question page has its sections in order, with the stable anchors', async ({ page }) => {
  const q = readingOrder[0]!;
  await page.goto(`questions/${q.slug}/`);
  const ids = await page.locator('.question-body h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
  const expected = ['key-points', 'disagreements', 'at-a-glance', 'answers', 'corrections', 'references', 'related'];
  expect(ids.filter((id) => expected.includes(id))).toEqual(expected.filter((id) => ids.includes(id)));
  expect(ids.slice(0, 1)).toEqual(['key-points']);
  for (const source of ['a', 'b', 'c', 'd', 'e']) {
    await expect(page.locator(`h3#source-${source}`)).toHaveText(`Source ${source.toUpperCase()}`);
  }
});

test("the menu lists the page's own topic with its questions; another topic's questions load when it is opened", async ({ page }) => {
  const [own, other] = topics as [(typeof topics)[0], (typeof topics)[0]];
  const questionsOf = (topic: (typeof topics)[0]) => readingOrder.filter((q) => q.topic === topic.id);
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/site-nav.json')) fetched.push(request.url());
  });
  await page.goto(`questions/${questionsOf(own)[0]!.slug}/`);
  const nav = page.locator('#site-nav');
  const topicItem = (topic: (typeof topics)[0]) => nav.locator('li', { has: page.locator('summary', { hasText: topic.title }) });
  // In the page: its own topic's questions, the other topics by title and overview link alone.
  await expect(topicItem(own).locator('a:not(.site-nav__overview)')).toHaveCount(questionsOf(own).length);
  await expect(topicItem(other).locator('a')).toHaveCount(1);
  await expect(topicItem(other).locator('details')).not.toHaveAttribute('open');
  expect(fetched).toEqual([]);

  await topicItem(other).locator('summary').click();
  const listed = topicItem(other).locator('a:not(.site-nav__overview)');
  await expect(listed).toHaveCount(questionsOf(other).length);
  await expect(listed.first()).toHaveAccessibleName(`${questionsOf(other)[0]!.n} ${questionsOf(other)[0]!.title}`);
  await listed.first().click();
  await expect(page).toHaveURL(new RegExp(`/questions/${questionsOf(other)[0]!.slug}/$`));

  // Opened again (and another topic) on that page: the list is fetched once a page, and not listed twice.
  await topicItem(own).locator('summary').click();
  await topicItem(own).locator('summary').click();
  await topicItem(own).locator('summary').click();
  await expect(topicItem(own).locator('a:not(.site-nav__overview)')).toHaveCount(questionsOf(own).length);
  expect(fetched).toHaveLength(2);
});

test("under the base path, the topics' lists link under it", async ({ request }) => {
  const lists: Record<string, { questions: Array<{ href: string }> }> = await (await request.get(`${BASED_URL}site-nav.json`)).json();
  expect(Object.keys(lists)).toEqual(topics.map((topic) => topic.id));
  for (const { questions } of Object.values(lists)) for (const { href } of questions) expect(href).toMatch(/^\/handbook\/questions\/[a-z0-9-]+\/$/);
});
