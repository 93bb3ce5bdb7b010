// The handbook's own words, most frequent first: the search dialog draws "Did you mean …" from them.
import type { HandbookJson } from './handbook-json.ts';

/** Words shorter than this are never suggested (and never corrected). */
const MIN_LENGTH = 3;
const MAX_LENGTH = 30;

/** Lower-case words of a text: letters and digits, with at least one letter ("int8", not "2015"). */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (word) => word.length >= MIN_LENGTH && word.length <= MAX_LENGTH && /\p{L}/u.test(word),
  );
}

/** Every word of the given texts, most frequent first (ties alphabetically, so the output is stable). */
export function vocabulary(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of wordsOf(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}

/** The text readers can search: titles, topics, key points, disagreements, corrections and answers. */
export function searchableTexts(handbook: HandbookJson): string[] {
  return [
    ...handbook.topics.flatMap((topic) => [topic.title, topic.description]),
    ...handbook.questions.flatMap((q) => [
      q.title,
      ...q.keyPoints.map((point) => point.text),
      ...q.disagreements.map((item) => item.text),
      ...q.corrections.flatMap((correction) => [correction.quote, correction.note]),
      ...q.answers.map((answer) => answer.raw),
    ]),
  ];
}
