// What the tests expect, read straight from content/ (never from the built site): questions, topics,
// reading order and each question page's frontmatter.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface TopicEntry {
  id: string;
  title: string;
  order: number;
}
export interface QuestionEntry {
  n: number;
  slug: string;
  title: string;
  topic: string;
}
export interface Frontmatter extends QuestionEntry {
  description: string;
  answers: Array<{ source: string; label: string; truncated: boolean }>;
  corrections: Array<{ id: number; source: string; kind: string; quote: string }>;
}

const read = (path: string) => parse(readFileSync(path, 'utf8'));

export const topics: TopicEntry[] = (read('content/topics.yaml') as TopicEntry[]).sort((a, b) => a.order - b.order);
export const questions: QuestionEntry[] = read('content/questions.yaml');

/** Questions in reading order: topics by order, then questions.yaml order within each topic. */
export const readingOrder: QuestionEntry[] = topics.flatMap((topic) => questions.filter((q) => q.topic === topic.id));

export function question(n: number): QuestionEntry {
  const found = questions.find((q) => q.n === n);
  if (!found) throw new Error(`questions.yaml has no question ${n}`);
  return found;
}

export function frontmatter(n: number): Frontmatter {
  const file = readdirSync('content/questions').find((name) => name.startsWith(`${String(n).padStart(2, '0')}-`));
  if (!file) throw new Error(`content/questions has no page for question ${n}`);
  const text = readFileSync(`content/questions/${file}`, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter`);
  return parse(match[1]!) as Frontmatter;
}

/** The question the search and link tests use: the anchor-boxes question. */
export const anchorBoxes = questions.find((q) => q.slug === 'anchor-boxes') ?? question(23);

/** The first question in reading order that has a correction (for the tests of corrections). */
export const corrected: { question: QuestionEntry; correction: Frontmatter['corrections'][number] } | undefined = (() => {
  for (const q of readingOrder) {
    const correction = frontmatter(q.n).corrections[0];
    if (correction) return { question: q, correction };
  }
  return undefined;
})();

/** What the site lists as corrections of a question: the editors' corrections, plus each answer cut off
 * in the source that no `truncated` correction covers (the converter counts those too). */
export function findings(n: number): Array<{ kind: string; source: string }> {
  const { corrections, answers } = frontmatter(n);
  const covered = new Set(corrections.filter((c) => c.kind === 'truncated').map((c) => c.source));
  return [...corrections, ...answers.filter((a) => a.truncated && !covered.has(a.source)).map((a) => ({ kind: 'truncated', source: a.source }))];
}
