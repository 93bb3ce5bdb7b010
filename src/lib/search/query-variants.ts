// The Pagefind queries one reader's query stands for. Pagefind only returns pages that contain every
// word, so other words for the same thing (synonyms.yaml) and British spellings each become a query of
// their own; the dialog searches them all and merges the results.
import { americanSpelling } from './spelling';
import { searchTerms } from './search-terms';

/** Groups of equivalent terms, each term as readers write it ("non-maximum suppression"). */
export type SynonymGroups = ReadonlyArray<ReadonlyArray<string>>;

/** Pagefind queries at most: each costs a search, and a few cover every realistic combination. */
export const MAX_VARIANTS = 6;
/** Longest synonym phrase, in words. */
const MAX_PHRASE = 5;

/** Match keys of a word or phrase: lower case, US spelling, hyphens as spaces ("U-Net" -> "u net"). */
function keysOf(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[?!,.;:()"]+/g, ' ')
    .split(/[\s\-\u2010-\u2015/]+/)
    .filter(Boolean)
    .map(americanSpelling);
}

/** Every term, by its spaced key ("u net") and its closed-up key ("unet"), to its group. */
function indexGroups(groups: SynonymGroups): Map<string, number> {
  const byKey = new Map<string, number>();
  groups.forEach((group, index) => {
    for (const term of group) {
      const keys = keysOf(term);
      byKey.set(keys.join(' '), index);
      byKey.set(keys.join(''), index);
    }
  });
  return byKey;
}

/** Alternatives for each stretch of the query: a synonym group, or a word and its US spelling. */
function segmentsOf(words: string[], groups: SynonymGroups): string[][] {
  const byKey = indexGroups(groups);
  const segments: string[][] = [];
  for (let i = 0; i < words.length; ) {
    let matched = false;
    for (let end = Math.min(words.length, i + MAX_PHRASE); end > i && !matched; end--) {
      const keys = words.slice(i, end).flatMap(keysOf);
      const group = byKey.get(keys.join(' ')) ?? (end - i === 1 ? byKey.get(keys.join('')) : undefined);
      if (group === undefined) continue;
      const typed = words.slice(i, end).join(' ');
      const others = groups[group]!.filter((term) => keysOf(term).join(' ') !== keys.join(' '));
      segments.push([typed, ...others]);
      i = end;
      matched = true;
    }
    if (matched) continue;
    const word = words[i]!;
    const american = americanSpelling(word);
    segments.push(american === word.toLowerCase() ? [word] : [american, word]);
    i += 1;
  }
  return segments;
}

/** The queries to run for `query`, the most literal first, at most `limit`. */
export function queryVariants(query: string, groups: SynonymGroups, limit = MAX_VARIANTS): string[] {
  const words = searchTerms(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  let variants: string[][] = [[]];
  for (const alternatives of segmentsOf(words, groups)) {
    // Keep the product small: the first alternative with every earlier variant, then the others.
    const next: string[][] = [];
    for (const alternative of alternatives) for (const variant of variants) next.push([...variant, alternative]);
    variants = next.slice(0, limit);
  }
  return [...new Set(variants.map((parts) => parts.join(' ')))];
}
