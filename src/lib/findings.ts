// What a question corrects, read from either reading of the handbook: a page's frontmatter (handbook.ts) or
// handbook.json (the short links). Pure, so that code outside Astro's pages can use it.
import type { Kind, SourceId } from './kinds';

interface Correction {
  id: number;
  kind: Kind;
  source: SourceId;
  quote: string;
  note: string;
  refs: string[];
}

/** A question's corrections and, per answer, whether the source cut it off. */
export interface CorrectedQuestion {
  corrections: readonly Correction[];
  answers: ReadonlyArray<{ source: SourceId; truncated: boolean }>;
}

/**
 * Everything a question page corrects, as the converter counts it (frontmatter `counts`): the editors'
 * corrections, plus each answer cut off in the source that no editor's `truncated` correction covers.
 */
export type Finding = ({ auto: false } & Correction) | { auto: true; kind: 'truncated'; source: SourceId };

export function findingsOf(data: CorrectedQuestion): Finding[] {
  const covered = new Set(data.corrections.filter((c) => c.kind === 'truncated').map((c) => c.source));
  return [
    ...data.corrections.map((c) => ({ auto: false as const, ...c })),
    ...data.answers
      .filter((a) => a.truncated && !covered.has(a.source))
      .map((a) => ({ auto: true as const, kind: 'truncated' as const, source: a.source })),
  ];
}
