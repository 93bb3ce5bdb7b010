// What an earlier conversion of the same handbook produced, recorded by digests of its inputs, so that a
// source or question whose inputs are unchanged is not read, validated or rendered again.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { HandbookJson } from './handbook-json.ts';
import type { ContentIndex } from './load-content.ts';
import type { Answer, QuestionEntry, SourceEntry } from './schema.ts';

export const convertCacheSchema = z
  .object({
    /** The converter's own code and dependencies: when they change, nothing recorded holds any more. */
    version: z.string(),
    /** Per source id: the digest of what reading it depends on, and each answer's digest by question n. */
    sources: z.record(z.object({ key: z.string(), answers: z.record(z.string()) }).strict()),
    /** Per question n: the digest of what its page depends on, and the digest of the page written for it. */
    questions: z.record(z.object({ key: z.string(), page: z.string() }).strict()),
  })
  .strict();
export type ConvertCache = z.infer<typeof convertCacheSchema>;

/** The recorded conversion, or undefined when the text is not one (damaged) or another converter version wrote it. */
export function parseConvertCache(text: string, version: string): ConvertCache | undefined {
  try {
    const cache = convertCacheSchema.safeParse(JSON.parse(text));
    return cache.success && cache.data.version === version ? cache.data : undefined;
  } catch {
    return undefined;
  }
}

/** SHA-256 of the parts, each prefixed by its length so that no two lists of parts hash alike. */
export function digest(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:`).update(part);
  return hash.digest('hex');
}

export const answerDigest = (answer: Answer) => digest(JSON.stringify(answer));

/** A source's answers depend on its text, its sources.yaml entry and what assigning them reads of questions.yaml. */
export function sourceKey(text: string, source: SourceEntry, entries: readonly QuestionEntry[]): string {
  const questions = source.questions === 'by-text' ? entries.map((q) => [q.n, q.title]) : entries.map((q) => q.n);
  return digest(text, JSON.stringify(source), JSON.stringify(questions));
}

/** What every page reads besides its own question: the sources' labels and the bibliography. */
export function sharedKey(index: Pick<ContentIndex, 'sources' | 'references'>): string {
  return digest(JSON.stringify(index.sources.map((s) => [s.id, s.label])), JSON.stringify(index.references));
}

/** A page depends on its questions.yaml entry, its editorial file (or its absence), its answers and the shared inputs. */
export function questionKey(entry: QuestionEntry, editorialText: string | undefined, answerDigests: readonly string[], shared: string): string {
  return digest(JSON.stringify(entry), JSON.stringify(editorialText ?? null), JSON.stringify(answerDigests), shared);
}

/**
 * The handbook's data as a conversion keeps it beside its record (index.json), with the digest of the record it
 * belongs to: data left by a conversion that stopped before writing its record is never taken for that record's.
 * Made from the data's JSON text, which the build serves as it is: JSON.stringify({ record, handbook }).
 */
export function storedHandbookText(handbookText: string, recordText: string): string {
  return `{"record":${JSON.stringify(digest(recordText))},"handbook":${handbookText}}`;
}

/** The data kept with this record, or undefined when it is damaged or kept with another record. */
export function parseStoredHandbook(text: string, recordText: string): HandbookJson | undefined {
  try {
    const stored = JSON.parse(text) as { record?: unknown; handbook?: Partial<HandbookJson> };
    const { handbook } = stored;
    if (stored.record !== digest(recordText) || !Array.isArray(handbook?.sources) || !Array.isArray(handbook.questions)) return undefined;
    return handbook as HandbookJson;
  } catch {
    return undefined;
  }
}
