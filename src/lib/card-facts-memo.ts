// What card-requests.ts read from each question page, kept between builds by the digest of the page's text and
// of content/topics.yaml: a rebuild reads the facts of an unchanged page from here instead of parsing its whole
// frontmatter again (about 1.7 ms a page on the main thread, 85 ms of the real handbook's rebuild). A fact kept
// wrongly would cost only time: each page asks for its own card from the collections.
import { createHash } from 'node:crypto';
import type { CardFacts } from './card';

/** The facts by key; `null` for a page the collections will reject. */
export type CardFactsRecord = Record<string, CardFacts | null>;

export interface CardFactsMemo {
  /** The facts read before from this page text and topics file, undefined when not read yet. */
  get(key: string): CardFacts | null | undefined;
  set(key: string, facts: CardFacts | null): void;
  /** The facts read or used in this build only: a page edited or removed since leaves its old key behind. */
  kept(): CardFactsRecord;
}

/** The key of a page's facts: its text and the topics file, whose titles the facts hold. */
export function cardFactsKey(topicsText: string, pageText: string): string {
  return createHash('sha256').update(topicsText).update('\0').update(pageText).digest('hex');
}

/** The record a build wrote, from its text; undefined for anything else (a damaged file is written anew). */
export function cardFactsRecord(text: string): CardFactsRecord | undefined {
  try {
    const record: unknown = JSON.parse(text);
    return typeof record === 'object' && record !== null && !Array.isArray(record) ? (record as CardFactsRecord) : undefined;
  } catch {
    return undefined;
  }
}

/** A memo holding `before` (the last build's record, or nothing). */
export function cardFactsMemo(before: CardFactsRecord = {}): CardFactsMemo {
  const used: CardFactsRecord = {};
  return {
    get: (key) => {
      const facts = Object.hasOwn(before, key) ? before[key] : undefined;
      if (facts !== undefined) used[key] = facts;
      return facts;
    },
    set: (key, facts) => void (used[key] = facts),
    kept: () => used,
  };
}
