// "Did you mean …": replaces each query word the index does not know with the nearest word it does.
import { distance } from 'fastest-levenshtein';
import { americanSpelling } from './spelling';

/** Edits allowed for a word of this length: short words would match too many others. */
function maxEdits(length: number): number {
  if (length < 4) return 0;
  return length <= 5 ? 1 : 2;
}

export interface Vocabulary {
  /** Words of the handbook, most frequent first. */
  words: readonly string[];
  known: ReadonlySet<string>;
}

export function vocabularyOf(words: readonly string[], extra: Iterable<string> = []): Vocabulary {
  return { words, known: new Set([...words, ...extra]) };
}

/** The nearest known word within the allowed edits; the more frequent wins a tie. */
export function nearestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const lower = word.toLowerCase();
  if (vocabulary.known.has(lower) || vocabulary.known.has(americanSpelling(lower))) return undefined;
  const limit = maxEdits(lower.length);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary.words) {
    if (Math.abs(candidate.length - lower.length) >= bestDistance) continue;
    const d = distance(lower, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}

/** A query's token: what comes before its word, the word (letters, digits, hyphens inside), what comes after. */
const TOKEN = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u;

/** The word of a query's token, without the punctuation around it ("(u-net)," -> "u-net"). */
export const wordOf = (token: string): string => TOKEN.exec(token)?.[2] ?? '';

/** Whether some word of the handbook starts with `start`. */
function startsAWord(start: string, vocabulary: Vocabulary): boolean {
  const lower = start.toLowerCase();
  return vocabulary.words.some((word) => word.startsWith(lower));
}

/**
 * The query with its unknown words corrected, or undefined when there is nothing to correct. The last word is left as
 * it is when a word of the handbook starts with it: the search matches the last word as the start of a word, and
 * searches as the reader types, so it may be one still being typed ("distilla" is not "distilled").
 */
export function suggestQuery(query: string, vocabulary: Vocabulary): string | undefined {
  let changed = false;
  const tokens = query.trim().split(/\s+/);
  const corrected = tokens.map((token, i) => {
    const [, lead = '', word = '', trail = ''] = TOKEN.exec(token) ?? [];
    if (i === tokens.length - 1 && startsAWord(word, vocabulary)) return token;
    // Hyphenated words are corrected part by part ("non-maximun" -> "non-maximum").
    const parts = word.split('-').map((part) => nearestWord(part, vocabulary) ?? part);
    const fixed = parts.join('-');
    if (fixed.toLowerCase() !== word.toLowerCase()) changed = true;
    return lead + fixed + trail;
  });
  return changed ? corrected.join(' ') : undefined;
}
