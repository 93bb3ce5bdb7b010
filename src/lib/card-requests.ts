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
async function topicTitles(file: string): Promise<Map<string, string>> {
  const topics = topicsFile.safeParse(parse(await readFile(file, 'utf8').catch(() => '[]')));
  return new Map(topics.success ? topics.data.map((topic) => [topic.id, topic.title]) : []);
}

/** A page's card facts, or nothing for a page the collections will reject with its file:line problems. */
async function factsOf(file: string, topics: Map<string, string>): Promise<CardFacts | undefined> {
  try {
    const data = page.safeParse(parseFrontmatter(await readFile(file, 'utf8')).frontmatter);
    if (!data.success) return undefined;
    const { n, title, topic, reviewed, counts, answers } = data.data;
    return { n, title, topic: topics.get(topic) ?? topic, answers: answers.length, reviewed, counts };
  } catch {
    return undefined;
  }
}

/** Each question page's card, in the order of the pages' file names. */
export async function* cardRequests(contentDir: string): AsyncGenerator<CardRequest> {
  const topics = await topicTitles(join(contentDir, 'topics.yaml'));
  const folder = join(contentDir, 'questions');
  const names = (await readdir(folder).catch(() => [])).filter((name) => name.endsWith('.mdx')).sort();
  for (const name of names) {
    const facts = await factsOf(join(folder, name), topics);
    if (facts) yield { n: facts.n, layout: cardLayout(facts) };
  }
}
