// The handbook as the site reads it: topics, sources and questions joined, in reading order.
// Reading order = topics by `order`, then questions in questions.yaml order within each topic.
import { getCollection, type CollectionEntry } from 'astro:content';
import { findingsOf, type Finding } from './findings';
import { countByKind, type KindCounts, type SourceId } from './kinds';
import type { CompiledPage } from './mdx-pages-loader';
import { anchors } from './url';

export { findingsOf, type Finding };

export type QuestionEntry = CollectionEntry<'questions'>;
export type QuestionData = QuestionEntry['data'];
export type Source = CollectionEntry<'sources'>['data'];

export interface Question {
  n: number;
  slug: string;
  title: string;
  topic: string;
  related: number[];
  entry: QuestionEntry;
}

export interface Topic {
  id: string;
  title: string;
  description: string;
  order: number;
  questions: Question[];
}

export interface Handbook {
  topics: Topic[];
  /** In sources.yaml order (display order). */
  sources: Source[];
  sourceById: Map<string, Source>;
  /** Every question, in reading order. */
  questions: Question[];
  byNumber: Map<number, Question>;
  topicById: Map<string, Topic>;
}

let cached: Promise<Handbook> | undefined;

/** Loads and cross-checks the content once per build (every time in dev, so edits show up). */
export function loadHandbook(): Promise<Handbook> {
  if (import.meta.env.DEV) return assemble();
  cached ??= assemble();
  return cached;
}

async function assemble(): Promise<Handbook> {
  const [topicEntries, sourceEntries, indexEntries, pages] = await Promise.all([
    getCollection('topics'),
    getCollection('sources'),
    getCollection('questionIndex'),
    getCollection('questions'),
  ]);
  const problems: string[] = [];
  const pageByNumber = new Map(pages.map((page) => [page.data.n, page]));
  const topics: Topic[] = topicEntries
    .map(({ data }) => ({ ...data, questions: [] as Question[] }))
    .sort((a, b) => a.order - b.order);
  const topicById = new Map(topics.map((topic) => [topic.id, topic]));

  for (const { data } of [...indexEntries].sort((a, b) => a.data.position - b.data.position)) {
    const entry = pageByNumber.get(data.n);
    const topic = topicById.get(data.topic);
    if (!entry) {
      problems.push(`question ${data.n} (${data.slug}) has no page in content/questions/`);
      continue;
    }
    if (!topic) problems.push(`question ${data.n}: unknown topic "${data.topic}"`);
    if (entry.data.slug !== data.slug || entry.data.topic !== data.topic) {
      problems.push(`question ${data.n}: page ${entry.id} disagrees with questions.yaml on slug or topic`);
    }
    const counted = countByKind(findingsOf(entry.data));
    const drift = Object.entries(entry.data.counts).filter(([key, value]) => counted[key as keyof KindCounts] !== value);
    if (drift.length > 0) {
      problems.push(`question ${data.n}: frontmatter counts ${drift.map(([k, v]) => `${k}=${v}`).join(', ')} differ from its corrections`);
    }
    topic?.questions.push({ n: data.n, slug: data.slug, title: data.title, topic: data.topic, related: data.related, entry });
  }
  const listed = new Set(indexEntries.map((entry) => entry.data.n));
  for (const page of pages) {
    if (!listed.has(page.data.n)) problems.push(`page ${page.id} is question ${page.data.n}, which questions.yaml does not list`);
  }
  if (problems.length > 0) throw new Error(`The handbook content is inconsistent:\n- ${problems.join('\n- ')}`);

  const questions = topics.flatMap((topic) => topic.questions);
  const sources = sourceEntries.map((entry) => entry.data).sort((a, b) => a.position - b.position);
  return {
    topics,
    sources,
    sourceById: new Map(sources.map((source) => [source.id, source])),
    questions,
    byNumber: new Map(questions.map((question) => [question.n, question])),
    topicById,
  };
}

/** A source's label from sources.yaml ("Source A"), for any component that only has its id. */
export async function sourceLabel(id: SourceId): Promise<string> {
  return (await loadHandbook()).sourceById.get(id)?.label ?? id;
}

/** The questions before and after this one in reading order. */
export function neighbours(handbook: Handbook, question: Question): { previous?: Question; next?: Question } {
  const index = handbook.questions.indexOf(question);
  return { previous: handbook.questions[index - 1], next: handbook.questions[index + 1] };
}

/** Where a finding is explained on its question page: the correction, or the cut-off answer. */
export function anchorOf(finding: Finding): string {
  return finding.auto ? anchors.answer(finding.source) : anchors.correction(finding.id);
}

/** Corrections by kind across the whole handbook. */
export function totalCounts(handbook: Handbook): KindCounts {
  return countByKind(handbook.questions.flatMap((question) => findingsOf(question.entry.data)));
}

/** One source's answer to one question, with its corrections counted by kind. */
export interface SourceAnswer {
  question: Question;
  lines: [number, number];
  truncated: boolean;
  repairs: number;
  counts: KindCounts;
}

/** The questions a source answers, in reading order. */
export function answersOfSource(handbook: Handbook, source: SourceId): SourceAnswer[] {
  return handbook.questions.flatMap((question) => {
    const answer = question.entry.data.answers.find((a) => a.source === source);
    if (!answer) return [];
    return [
      {
        question,
        lines: answer.lines,
        truncated: answer.truncated,
        repairs: answer.repairs,
        counts: countByKind(findingsOf(question.entry.data).filter((f) => f.source === source)),
      },
    ];
  });
}

/** The questions a source does not answer, in reading order. */
export function unansweredBy(handbook: Handbook, source: SourceId): Question[] {
  return handbook.questions.filter((question) => !question.entry.data.answers.some((a) => a.source === source));
}

/** The heading over a question's answers: "The 5 answers", "The answer", "Answers" (when there are none). */
export function answersHeading(count: number): string {
  return count === 0 ? 'Answers' : count === 1 ? 'The answer' : `The ${count} answers`;
}

/** Which body sections a question page has (the converter leaves out empty ones). */
export function sectionsOf(entry: QuestionEntry) {
  const { components } = entry.rendered?.metadata as unknown as CompiledPage;
  return {
    disagreements: components.includes('Disagreements'),
    corrections: components.includes('Corrections'),
    references: components.includes('References'),
  };
}
