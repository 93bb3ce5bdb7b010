// The topic navigation every page carries: every topic of the real handbook, only the current one with its
// questions (the others' lists are fetched when opened, from deferredTopicLists), and in a large handbook the same
// number of entries whether it has 60 topics or 600, and 15 questions a topic or 1,500.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { deferredTopicLists, QUESTIONS_SHOWN, siteNavModel, type NavQuestion, type NavTopic } from '../../src/lib/site-nav.ts';
import { ROOT } from './helpers.ts';

const read = <T>(file: string): T => parse(readFileSync(join(ROOT, 'content', file), 'utf8'));

/** The real handbook's topics in reading order, with their questions. */
function realTopics(): NavTopic[] {
  const topics = read<Array<{ id: string; title: string; order: number }>>('topics.yaml').sort((a, b) => a.order - b.order);
  const questions = read<Array<NavQuestion & { topic: string }>>('questions.yaml');
  return topics.map(({ id, title }) => ({ id, title, questions: questions.filter((q) => q.topic === id) }));
}

/** A generated handbook: `topics` topics of `perTopic` questions each, numbered in reading order. */
function generated(topics: number, perTopic: number): NavTopic[] {
  return Array.from({ length: topics }, (_, t) => ({
    id: `topic-${t + 1}`,
    title: `Topic ${t + 1}`,
    questions: Array.from({ length: perTopic }, (_, q) => {
      const n = t * perTopic + q + 1;
      return { n, slug: `question-${n}`, title: `Question ${n}` };
    }),
  }));
}

/** What a page's navigation lists: its entries' texts (open topics marked), the size that grows or not. */
function listed(topics: NavTopic[], currentTopic?: string, currentSlug?: string): string[] {
  const nav = siteNavModel(topics, currentTopic, currentSlug);
  return [
    ...nav.topics.flatMap(({ topic, open, questions, partial }) => [
      `${open ? 'open' : 'closed'} ${topic.id}`,
      ...questions.map((q) => q.slug),
      ...(partial ? [`all of ${topic.id}`] : []),
    ]),
    ...(nav.allTopics ? [`all ${nav.allTopics} topics`] : []),
  ];
}

describe('the real handbook', () => {
  const topics = realTopics();
  test.each(topics.map((topic) => [topic.id, topic] as const))('a question of %s: every topic listed, its own with its questions', (_, topic) => {
    const nav = siteNavModel(topics, topic.id, topic.questions[0]!.slug);
    expect(nav.allTopics).toBeUndefined();
    expect(nav.topics.map((entry) => entry.topic.id)).toEqual(topics.map((t) => t.id));
    expect(nav.topics.map((entry) => entry.questions)).toEqual(topics.map((t) => (t === topic ? t.questions : [])));
    expect(nav.topics.filter((entry) => entry.open).map((entry) => entry.topic.id)).toEqual([topic.id]);
    expect(nav.topics.some((entry) => entry.partial)).toBe(false);
  });

  test('a page of no topic lists every topic closed', () => {
    expect(listed(topics)).toEqual(topics.map((topic) => `closed ${topic.id}`));
  });

  test('each closed topic, once opened, lists all its questions, with links under the base path', () => {
    const lists = deferredTopicLists(topics, (slug) => `/handbook/questions/${slug}/`);
    expect(Object.keys(lists)).toEqual(topics.map((topic) => topic.id));
    for (const topic of topics) {
      expect(lists[topic.id]).toEqual({ questions: topic.questions.map(({ n, title, slug }) => ({ n, title, href: `/handbook/questions/${slug}/` })) });
    }
  });
});

describe('a large handbook lists as much whatever its size', () => {
  const sizes = (page: (topics: NavTopic[]) => string[], shapes: Array<[number, number]>) => shapes.map(([t, q]) => page(generated(t, q)).length);
  test.each([
    ['a question page', (topics: NavTopic[]) => listed(topics, topics[7]!.id, topics[7]!.questions[20]?.slug ?? topics[7]!.questions[0]!.slug)],
    ['a topic page', (topics: NavTopic[]) => listed(topics, topics[7]!.id)],
    ['a page of no topic', (topics: NavTopic[]) => listed(topics)],
  ])('%s', (_, page) => {
    expect(new Set(sizes(page, [[60, 50], [600, 50], [1200, 50]])).size).toBe(1);
    expect(new Set(sizes(page, [[60, 50], [60, 500], [60, 1500]])).size).toBe(1);
  });

  test('past 15 topics, only the current one is listed, with a link to all of them', () => {
    expect(listed(generated(60, 3), 'topic-8', 'question-23')).toEqual(['open topic-8', 'question-22', 'question-23', 'question-24', 'all 60 topics']);
    expect(listed(generated(60, 3))).toEqual(['all 60 topics']);
  });

  test('a large topic lists a window around the current question, and a link to all its questions', () => {
    const topics = generated(2, 100);
    const around = (slug: string) => listed(topics, 'topic-1', slug).filter((entry) => entry.startsWith('question-'));
    expect(around('question-50')).toEqual(Array.from({ length: QUESTIONS_SHOWN }, (_, i) => `question-${43 + i}`));
    expect(around('question-1')).toEqual(Array.from({ length: QUESTIONS_SHOWN }, (_, i) => `question-${1 + i}`));
    expect(around('question-100')).toEqual(Array.from({ length: QUESTIONS_SHOWN }, (_, i) => `question-${86 + i}`));
    expect(listed(topics, 'topic-1', 'question-50')).toContain('all of topic-1');
  });

  test('a closed topic lists its first questions once opened, with its size for the link to all of them', () => {
    const lists = deferredTopicLists(generated(2, 100), (slug) => slug);
    expect(lists['topic-2']!.questions.map((q) => q.href)).toEqual(Array.from({ length: QUESTIONS_SHOWN }, (_, i) => `question-${101 + i}`));
    expect(lists['topic-2']!.all).toBe(100);
    expect(deferredTopicLists(generated(60, 3), (slug) => slug)).toEqual({});
  });

  test('other topics list no questions in the page, whatever the size', () => {
    for (const [t, q] of [[3, 2], [10, 16]] as const) {
      expect(listed(generated(t, q), 'topic-2', 'question-17').filter((entry) => entry.startsWith('question-'))).toHaveLength(Math.min(q, QUESTIONS_SHOWN));
    }
  });
});
