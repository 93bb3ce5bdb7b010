// The cards a build is going to ask for, read from the converter's output (content/topics.yaml and the
// frontmatter of content/questions/*.mdx) by an integration, which has no access to Astro's collections, so that
// drawing them starts before the pages are written. Only a head start: each page asks for its own card from the
// collections, and a card read differently here is simply drawn again there (the store keys cards by the digest
// of their layout).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import { z } from 'zod';
import { cardLayout, type CardFacts } from './card';
import { cardFactsKey, cardFactsMemo, type CardFactsMemo } from './card-facts-memo';
import type { CardRequest } from './card-store';
import { KINDS } from './kinds';

const topicsFile = z.array(z.object({ id: z.string(), title: z.string() }));

// The frontmatter's counts are what the handbook counts from its corrections: a build in which they differ fails.
const page = z.object({
  n: z.number().int(),
  title: z.string(),
  topic: z.string(),
  reviewed: z.boolean(),
  counts: z.object(Object.fromEntries([...KINDS, 'total'].map((key) => [key, z.number().int()])) as Record<keyof CardFacts['counts'], z.ZodNumber>),
  answers: z.array(z.unknown()),
});

/** Topic titles by id; none when the file cannot be read (each page then draws its own card). */
function topicTitles(text: string): Map<string, string> {
  const topics = topicsFile.safeParse(parse(text));
  return new Map(topics.success ? topics.data.map((topic) => [topic.id, topic.title]) : []);
}

/** A page's card facts, or null for a page the collections will reject with its file:line problems. */
function factsOf(text: string, topics: Map<string, string>): CardFacts | null {
  try {
    const data = page.safeParse(parseFrontmatter(text).frontmatter);
    if (!data.success) return null;
    const { n, title, topic, reviewed, counts, answers } = data.data;
    return { n, title, topic: topics.get(topic) ?? topic, answers: answers.length, reviewed, counts };
  } catch {
    return null;
  }
}

/** Each question page's card, in the order of the pages' file names; `memo` holds the facts of pages read before. */
export async function* cardRequests(contentDir: string, memo: CardFactsMemo = cardFactsMemo()): AsyncGenerator<CardRequest> {
  const topicsText = await readFile(join(contentDir, 'topics.yaml'), 'utf8').catch(() => '[]');
  let topics: Map<string, string> | undefined;
  const folder = join(contentDir, 'questions');
  const names = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.mdx')).sort();
  for (const name of names) {
    const text = await readFile(join(folder, name), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const key = cardFactsKey(topicsText, text);
    let facts = memo.get(key);
    if (facts === undefined) memo.set(key, (facts = factsOf(text, (topics ??= topicTitles(topicsText)))));
    if (facts) yield { n: facts.n, layout: cardLayout(facts) };
  }
}
