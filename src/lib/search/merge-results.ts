// Results of several Pagefind searches for one reader's query (its variants: query-variants.ts) as one list.

export interface Scored {
  id: string;
  score: number;
}

/** Every page found by any search, once, with its best score, best first. */
export function mergeResults<T extends Scored>(searches: ReadonlyArray<ReadonlyArray<T>>): T[] {
  const best = new Map<string, T>();
  for (const result of searches.flat()) {
    const known = best.get(result.id);
    if (!known || known.score < result.score) best.set(result.id, result);
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}
