// The cards a build is going to ask for, read from the converter's output (content/topics.yaml and the
// frontmatter of content/questions/*.mdx) by an integration, which has no access to Astro's collections, so that
// drawing them starts before the pages are written. Only a head start: each page asks for its own card from the
// collections, and a card read differently here is simply drawn again there (the store keys cards by the digest
// of their layout).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { yamlData } from '../../scripts/lib/yaml-data.ts';
import { z } from 'zod';
import { cardLayout, type CardFacts } from './card';
import { yamlMemo, type YamlMemo } from '../../scripts/lib/yaml-memo.ts';
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
  const topics = topicsFile.safeParse(yamlData(text));
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

/**
 * Each question page's card, in the order of the pages' file names. `memo` holds the facts of pages read before (null
 * for a page the collections reject), by the page's text and topics.yaml's: a rebuild parses only the changed pages'
 * frontmatter (all 50 took 85 ms of the main thread). A fact kept wrongly costs only time: each page asks for its own
 * card from the collections.
 */
export async function* cardRequests(contentDir: string, memo: YamlMemo = yamlMemo()): AsyncGenerator<CardRequest> {
  const topicsText = await readFile(join(contentDir, 'topics.yaml'), 'utf8').catch(() => '[]');
  let topics: Map<string, string> | undefined;
  const folder = join(contentDir, 'questions');
  const names = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.mdx')).sort();
  for (const name of names) {
    const text = await readFile(join(folder, name), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    const read = `${topicsText}\0${text}`;
    let facts = memo.get(read) as CardFacts | null | undefined;
    if (facts === undefined) memo.set(read, (facts = factsOf(text, (topics ??= topicTitles(topicsText)))));
    if (facts) yield { n: facts.n, layout: cardLayout(facts) };
  }
}
