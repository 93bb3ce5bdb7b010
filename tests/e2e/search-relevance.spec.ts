// Relevance on readers' queries (tests/fixtures/search-relevance/queries.yaml): for each, one of the
// expected questions is among the first results the search panel shows. Typos, synonyms and British
// spellings included. Each query is a shared link (/search/?q=) opened as a new document in the worker's page:
// Pagefind starts afresh, as for a reader who follows the link (typing every query into one search panel would
// not do: Pagefind's results for a misspelt word depend on the index chunks earlier queries loaded).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, test } from './support/fixtures';
import { questions } from './support/content';

interface Case {
  query: string;
  expect: number[];
  within?: number;
}
const cases = parse(readFileSync('tests/fixtures/search-relevance/queries.yaml', 'utf8')) as Case[];
const titleOf = (n: number) => questions.find((q) => q.n === n)?.title ?? `question ${n} (not in questions.yaml)`;

test.describe.configure({ mode: 'parallel' });

for (const { query, expect: expected, within = 3 } of cases) {
  test(`"${query}" -> question ${expected.join(' or ')} in the first ${within}`, async ({ sharedPage: page }) => {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    const titles = page.locator('.search-result__page .search-result__title');
    await expect(titles.first()).toBeVisible();
    // The panel may replace a typo's results with its correction's (the status line names the query once that is
    // decided), and adds the pages of synonyms after those of the query as typed: it marks the list busy in the same
    // task as it writes the status line, until they are merged in. Wait until the results settle.
    await expect(page.locator('.search-panel__status')).toHaveText(/results? for/);
    await expect(page.locator('.search-panel__results')).not.toHaveAttribute('aria-busy', 'true');
    const shown = (await titles.allTextContents()).slice(0, within);
    expect(shown.filter((title) => expected.map(titleOf).includes(title)), `first ${within}: ${shown.join(' | ')}`).not.toEqual([]);
  });
}
