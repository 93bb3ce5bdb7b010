// The whole handbook as data, served at /handbook.json for anyone who wants to reuse it.
import { answerMarkdown } from './answer-markdown.ts';
import type { Content, QuestionContent } from './load-content.ts';
import { autoTruncated, correctionCounts, describeQuestion } from './render-mdx.ts';
import { HANDBOOK_SCHEMA_VERSION } from './schema.ts';

export function toHandbookJson(content: Content) {
  return assembleHandbookJson(content, content.preambles, content.questions.map(questionJson));
}

/** The handbook's data from its parts: a conversion keeps each question's part until that question changes. */
export function assembleHandbookJson(
  index: Pick<Content, 'topics' | 'sources' | 'references'>,
  preambles: Content['preambles'],
  questions: QuestionJson[],
) {
  return {
    schemaVersion: HANDBOOK_SCHEMA_VERSION,
    topics: index.topics,
    sources: index.sources.map((s) => ({ ...s, preamble: preambles[s.id] ?? null })),
    questions,
    references: index.references,
  };
}

/** One question as data: what depends on this question's own inputs only. */
export function questionJson(q: QuestionContent) {
  const truncatedAuto = new Set(autoTruncated(q).map((a) => a.source));
  return {
    n: q.entry.n,
    slug: q.entry.slug,
    title: q.entry.title,
    topic: q.entry.topic,
    related: q.entry.related,
    reviewed: q.editorial?.reviewed ?? [],
    description: describeQuestion(q),
    counts: correctionCounts(q),
    keyPoints: q.editorial?.key_points ?? [],
    disagreements: q.editorial?.disagreements ?? [],
    corrections: q.editorial?.corrections ?? [],
    answers: q.answers.map((a) => ({
      source: a.source,
      heading: a.heading,
      lines: a.lines,
      headingLines: a.headingLines,
      raw: a.body,
      markdown: answerMarkdown(a.blocks),
      repairs: a.repairs,
      truncated: a.truncated,
      truncatedUnreviewed: truncatedAuto.has(a.source),
    })),
  };
}

export type QuestionJson = ReturnType<typeof questionJson>;
export type HandbookJson = ReturnType<typeof toHandbookJson>;
