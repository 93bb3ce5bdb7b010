// Pasted links unfurl as what they point to. Unfurlers fetch the raw HTML and run no JavaScript (nor the
// redirect), so these tests read the HTML as they do, then fetch each preview card.
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { anchorBoxes, findings, frontmatter, questions } from './support/content';
import { metaOf } from './support/crawl';
import { BASED_URL, ROOT_URL } from './support/sites';

const SITE = new URL(process.env.SITE_URL || 'https://cv-interview-handbook.example.org');
const data = frontmatter(anchorBoxes.n);
const sourcesOf = (n: number) => frontmatter(n).answers.map((answer) => answer.source);
/** A source whose answer has corrections, and one whose answer has none (when the question has one). */
const flaggedSource = data.corrections[0]?.source;
const cleanSource = data.answers.find((answer) => findings(anchorBoxes.n).every((f) => f.source !== answer.source))?.source;
const labelOf = (source: string) => data.answers.find((answer) => answer.source === source)!.label;

async function pngSize(request: APIRequestContext, url: string): Promise<{ type: string | undefined; width: number; height: number }> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  const body = await response.body();
  expect(body.subarray(1, 4).toString(), `${url} is a PNG`).toBe('PNG');
  return { type: response.headers()['content-type'], width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

for (const [name, root] of [
  ['at the root', ROOT_URL],
  ['under the base path', BASED_URL],
] as const) {
  const prefix = new URL(root).pathname;
  const card = new URL(`${prefix}cards/${anchorBoxes.n}.png`, SITE).href;

  /** What X shows for a twitter: tag: the tag, or the og: tag of the same name when it is missing (X's documented fallback). */
  const twitter = (meta: Map<string, string>, name: string) => meta.get(`twitter:${name}`) ?? meta.get(`og:${name}`);

  /** The tags of a built page, fetched without a browser. */
  async function tagsOf(request: APIRequestContext, path: string) {
    const response = await request.get(new URL(path, root).href);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    return { meta: metaOf(html.slice(0, html.indexOf('</head>'))), canonical };
  }

  function expectCard(meta: Map<string, string>) {
    expect(meta.get('og:image')).toBe(card);
    expect(meta.get('og:image:width')).toBe('1200');
    expect(meta.get('og:image:height')).toBe('630');
    expect(meta.get('og:image:type')).toBe('image/png');
    expect(meta.get('og:image:alt')).toContain(anchorBoxes.title);
    expect(meta.get('twitter:card')).toBe('summary_large_image');
    expect(twitter(meta, 'image')).toBe(card);
    expect(meta.get('twitter:image:alt')).toBe(meta.get('og:image:alt'));
  }

  test(`a question page carries its card (${name})`, async ({ request }) => {
    const { meta } = await tagsOf(request, `questions/${anchorBoxes.slug}/`);
    expectCard(meta);
    expect(await pngSize(request, new URL(new URL(card).pathname, root).href)).toEqual({ type: 'image/png', width: 1200, height: 630 });
  });

  test(`/q/${anchorBoxes.n}/ unfurls as the question (${name})`, async ({ request }) => {
    const { meta, canonical } = await tagsOf(request, `q/${anchorBoxes.n}/`);
    expect(meta.get('og:title')).toBe(`${anchorBoxes.n}. ${anchorBoxes.title}`);
    expect(meta.get('og:description')).toContain('answers side by side');
    expect(meta.get('og:url')).toBe(new URL(`${prefix}q/${anchorBoxes.n}/`, SITE).href);
    expect(canonical).toBe(new URL(`${prefix}questions/${anchorBoxes.slug}/`, SITE).href);
    expectCard(meta);
  });

  test(`an answer's short link says how many corrections it has and quotes the first (${name})`, async ({ request }) => {
    test.skip(!flaggedSource, 'the question has no corrections');
    const source = flaggedSource!;
    const { meta, canonical } = await tagsOf(request, `q/${anchorBoxes.n}/${source}/`);
    const own = findings(anchorBoxes.n).filter((f) => f.source === source);
    const description = meta.get('og:description')!;
    expect(meta.get('og:title')).toBe(`${labelOf(source)} on question ${anchorBoxes.n}: ${anchorBoxes.title}`);
    expect(description).toMatch(new RegExp(`^${labelOf(source)} on Q${anchorBoxes.n}: ${own.length} corrections? \\(`));
    for (const kind of new Set(own.map((f) => f.kind))) expect(description).toContain(`${own.filter((f) => f.kind === kind).length} ${kind}`);
    expect(description).toContain(`First flagged: “${data.corrections.find((c) => c.source === source)!.quote.slice(0, 60)}`);
    expect(twitter(meta, 'description')).toBe(description);
    expect(meta.get('og:url')).toBe(new URL(`${prefix}q/${anchorBoxes.n}/${source}/`, SITE).href);
    expect(canonical).toBe(new URL(`${prefix}questions/${anchorBoxes.slug}/`, SITE).href);
    expectCard(meta);
  });

  test(`a clean answer's short link says it has no corrections (${name})`, async ({ request }) => {
    test.skip(!cleanSource, 'every answer to the question has a correction');
    const { meta } = await tagsOf(request, `q/${anchorBoxes.n}/${cleanSource}/`);
    expect(meta.get('og:description')).toBe(`${labelOf(cleanSource!)} on Q${anchorBoxes.n}: no corrections; the editors found nothing wrong in this answer.`);
    expectCard(meta);
  });

  test(`a correction's short link unfurls as the correction and lands on it (${name})`, async ({ request, page }) => {
    const correction = data.corrections[0];
    test.skip(!correction, 'the question has no corrections');
    const path = `q/${anchorBoxes.n}/${correction!.source}/${correction!.id}/`;
    const { meta, canonical } = await tagsOf(request, path);
    expect(meta.get('og:title')).toBe(`Correction ${correction!.id} to ${labelOf(correction!.source)} on question ${anchorBoxes.n}: ${anchorBoxes.title}`);
    expect(meta.get('og:description')).toContain(`${labelOf(correction!.source)}’s answer to Q${anchorBoxes.n}: “${correction!.quote.slice(0, 60)}`);
    expect(canonical).toBe(new URL(`${prefix}questions/${anchorBoxes.slug}/`, SITE).href);
    expectCard(meta);

    await page.goto(new URL(path, root).href);
    await expect(page).toHaveURL(new RegExp(`${prefix}questions/${anchorBoxes.slug}/#correction-${correction!.id}$`));
    await expect(page.locator(`#correction-${correction!.id}`)).toBeInViewport();
  });
}

test('every question has a 1200x630 card, and each of its short links shows it', async ({ request }) => {
  for (const q of questions) {
    const card = `cards/${q.n}.png`;
    expect(await pngSize(request, new URL(card, ROOT_URL).href)).toEqual({ type: 'image/png', width: 1200, height: 630 });
    for (const path of [`q/${q.n}/`, ...sourcesOf(q.n).map((source) => `q/${q.n}/${source}/`)]) {
      const html = await (await request.get(new URL(path, ROOT_URL).href)).text();
      expect(metaOf(html).get('og:image'), path).toBe(new URL(card, SITE).href);
    }
  }
});
