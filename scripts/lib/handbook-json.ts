// The whole handbook as data, served at /handbook.json for anyone who wants to reuse it.
import { escapeMdxText } from './escape.ts';
import type { Content } from './load-content.ts';
import { renderBlocks } from './render-blocks.ts';
import { autoTruncated, correctionCounts, describeQuestion } from './render-mdx.ts';
import { HANDBOOK_SCHEMA_VERSION } from './schema.ts';

export function toHandbookJson(content: Content) {
  return {
    schemaVersion: HANDBOOK_SCHEMA_VERSION,
    topics: content.topics,
    sources: content.sources.map((s) => ({ ...s, preamble: content.preambles[s.id] ?? null })),
    questions: content.questions.map((q) => {
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
          markdown: renderBlocks(a.blocks, (part) => escapeMdxText(part.text)),
          repairs: a.repairs,
          truncated: a.truncated,
          truncatedUnreviewed: truncatedAuto.has(a.source),
        })),
      };
    }),
    references: content.references,
  };
}

export type HandbookJson = ReturnType<typeof toHandbookJson>;
