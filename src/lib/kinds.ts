// Correction kinds, in the order the handbook lists them, with the words a reader sees.

// The kinds and the source id rule come from the converter's schema, so the site and the pipeline cannot drift apart.
import { CORRECTION_KINDS, SOURCE_ID_PATTERN, type SourceId } from '../../scripts/lib/schema.ts';

export { SOURCE_ID_PATTERN, type SourceId };
export const KINDS = CORRECTION_KINDS;
export type Kind = (typeof KINDS)[number];

export const kindInfo: Record<Kind, { label: string; plural: string; description: string }> = {
  factual: { label: 'Factual error', plural: 'Factual errors', description: 'a confident statement that is wrong' },
  outdated: { label: 'Outdated', plural: 'Outdated claims', description: 'true once, no longer true' },
  unsupported: { label: 'Unsupported', plural: 'Unsupported claims', description: 'a statistic or study that cannot be verified' },
  misleading: { label: 'Misleading', plural: 'Misleading statements', description: 'a conflation that leads the reader astray' },
  truncated: { label: 'Truncated', plural: 'Truncated answers', description: 'the answer stops mid-sentence or mid-list' },
  repair: { label: 'Repair', plural: 'Repairs', description: 'formatting damage an automatic clean-up cannot fix' },
};

export type KindCounts = Record<Kind, number> & { total: number };

export function emptyCounts(): KindCounts {
  return { factual: 0, outdated: 0, unsupported: 0, misleading: 0, truncated: 0, repair: 0, total: 0 };
}

/** Counts by kind of any list of things that have a kind. */
export function countByKind(items: ReadonlyArray<{ kind: Kind }>): KindCounts {
  const counts = emptyCounts();
  for (const item of items) {
    counts[item.kind] += 1;
    counts.total += 1;
  }
  return counts;
}

/** What a source badge shows: "A" for source "a", a longer id as it is ("textbook"). */
export function badgeText(id: string): string {
  return id.length <= 2 ? id.toUpperCase() : id;
}

/** Source colours: a palette of SOURCE_TONES classes (badges.css), cycled by the source's place in sources.yaml. */
export const SOURCE_TONES = 6;
export function toneClass(position: number): string {
  return `source-tone-${position % SOURCE_TONES}`;
}

/** "2 corrections (1 factual, 1 misleading)", "1 correction (1 truncated)", "no corrections": for link previews. */
export function correctionsPhrase(counts: KindCounts): string {
  if (counts.total === 0) return 'no corrections';
  const byKind = KINDS.filter((kind) => counts[kind] > 0).map((kind) => `${counts[kind]} ${kind}`);
  return `${counts.total} ${counts.total === 1 ? 'correction' : 'corrections'} (${byKind.join(', ')})`;
}
