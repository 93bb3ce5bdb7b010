// The topic navigation every page carries: the real handbook lists every topic and question, and a large one
// lists the same number of entries whether it has 60 topics or 600, and 15 questions a topic or 1,500.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { QUESTIONS_SHOWN, siteNavModel, type NavQuestion, type NavTopic } from '../../src/lib/site-nav.ts';
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
  const nav = siteNavModel(topics, topics.flatMap((t) => t.questions).length, currentTopic, currentSlug);
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
  test.each(topics.map((topic) => [topic.id, topic] as const))('a question of %s: every topic and every question listed', (_, topic) => {
    const question = topic.questions[0]!;
    const nav = siteNavModel(topics, topics.flatMap((t) => t.questions).length, topic.id, question.slug);
    expect(nav.allTopics).toBeUndefined();
    expect(nav.topics.map((entry) => entry.topic.id)).toEqual(topics.map((t) => t.id));
    expect(nav.topics.map((entry) => entry.questions)).toEqual(topics.map((t) => t.questions));
    expect(nav.topics.filter((entry) => entry.open).map((entry) => entry.topic.id)).toEqual([topic.id]);
    expect(nav.topics.some((entry) => entry.partial)).toBe(false);
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

  test('past 150 questions, the other topics list no questions', () => {
    expect(listed(generated(10, 16), 'topic-2', 'question-17').filter((entry) => entry.startsWith('question-'))).toHaveLength(QUESTIONS_SHOWN);
    expect(listed(generated(10, 15), 'topic-2', 'question-17').filter((entry) => entry.startsWith('question-'))).toHaveLength(150);
  });
});
