// Which words of a query that found pages the index must still be asked about (engine.ts's `correct`): a word is
// in the index if a result's excerpt marks it as typed. Pagefind, failing to match the last word, matches a
// shorter start of it, and a reader may not have finished typing it: the last word counts as found if a mark
// starts with it.
import { wordOf } from './suggest';

const MARK = /<mark>(.*?)<\/mark>/g;

/** The words of `query` no excerpt marks, in query order. */
export function unmarkedWords(query: string, excerpts: readonly string[]): string[] {
  const words = query.split(/\s+/).map(wordOf).filter(Boolean);
  const marked = new Set(excerpts.flatMap((excerpt) => [...excerpt.matchAll(MARK)].map((mark) => mark[1]!.toLowerCase())));
  const last = words.at(-1)?.toLowerCase() ?? '';
  const lastFound = [...marked].some((mark) => mark.startsWith(last));
  return (lastFound ? words.slice(0, -1) : words).filter((word) => !marked.has(word.toLowerCase()));
}
