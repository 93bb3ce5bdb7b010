import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { cardLayout, type CardFacts } from '../../src/lib/card.ts';
import { yamlMemo } from '../../scripts/lib/yaml-memo.ts';
import { cardRequests } from '../../src/lib/card-requests.ts';

const cases = parse(readFileSync('tests/fixtures/card-requests/cases.yaml', 'utf8')) as Array<{ name: string; root: string; cards: CardFacts[] }>;

describe('cards read ahead from the converter output', () => {
  it.each(cases)('$name', async ({ root, cards }) => {
    const requests = [];
    for await (const request of cardRequests(join(root, 'content'))) requests.push(request);
    expect(requests).toEqual(cards.map((facts) => ({ n: facts.n, layout: cardLayout(facts) })));
  });
});

const requestsOf = async (content: string, memo = yamlMemo()) => {
  const requests = [];
  for await (const request of cardRequests(content, memo)) requests.push(request);
  return requests;
};

describe('facts kept from the last build', () => {
  const content = join(cases[0]!.root, 'content');
  const expected = cases[0]!.cards.map((facts) => ({ n: facts.n, layout: cardLayout(facts) }));

  it('keeps the facts of every page read, broken ones as null, and gives the same cards from them', async () => {
    const first = yamlMemo();
    expect(await requestsOf(content, first)).toEqual(expected);
    const kept = first.used();
    expect(Object.values(kept).filter((facts) => facts === null).length).toBeGreaterThan(0);
    const second = yamlMemo(JSON.parse(JSON.stringify(kept)) as Record<string, unknown>);
    expect(await requestsOf(content, second)).toEqual(expected);
    expect(second.used()).toEqual(kept);
  });

  it('reads a kept page from the memo, not from its text, and keeps only the pages of this build', async () => {
    const kept = yamlMemo();
    await requestsOf(content, kept);
    const [firstKey] = Object.entries(kept.used()).find(([, facts]) => (facts as CardFacts | null)?.n === expected[0]!.n)!;
    const stand = { ...cases[0]!.cards[0]!, title: 'Kept from the last build' };
    const memo = yamlMemo({ [firstKey]: stand, 'a page removed since': null });
    const requests = await requestsOf(content, memo);
    expect(requests[0]).toEqual({ n: stand.n, layout: cardLayout(stand) });
    expect(requests.slice(1)).toEqual(expected.slice(1));
    expect(Object.keys(memo.used())).not.toContain('a page removed since');
  });
});

// The collections as the site reads them, from this handbook's content/ (the frontmatter is the pages' data).
vi.mock('astro:content', () => ({
  getCollection: async (name: string) => {
    const list = (file: string) => (parse(readFileSync(join('content', file), 'utf8')) as object[]).map((data, position) => ({ data: { ...data, position } }));
    if (name === 'topics') return list('topics.yaml');
    if (name === 'sources') return list('sources.yaml');
    if (name === 'questionIndex') return list('questions.yaml');
    const folder = join('content', 'questions');
    return readdirSync(folder).map((file) => ({ id: file, data: parseFrontmatter(readFileSync(join(folder, file), 'utf8')).frontmatter }));
  },
}));

it('reads ahead the cards that the pages of this handbook ask for', async () => {
  const { loadHandbook } = await import('../../src/lib/handbook.ts');
  const { cardFacts } = await import('../../src/lib/unfurl.ts');
  const handbook = await loadHandbook();
  const asked = handbook.questions.map((question) => ({ n: question.n, layout: cardLayout(cardFacts(handbook, question)) }));
  const ahead = [];
  for await (const request of cardRequests('content')) ahead.push(request);
  expect(asked.length).toBeGreaterThan(40);
  expect(ahead.sort((a, b) => a.n - b.n)).toEqual(asked.sort((a, b) => a.n - b.n));
});
