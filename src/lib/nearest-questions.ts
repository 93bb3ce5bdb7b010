// What a mistyped or stale address was probably after: the words in it, and the questions whose titles
// (or slugs) are closest to those words by edit distance. Used by the not-found page.
import { distance } from 'fastest-levenshtein';

export interface TitledQuestion {
  n: number;
  slug: string;
  title: string;
}

export interface AddressGuess {
  /** Words to search for, from the address (URL structure words and numbers left out). */
  words: string[];
  /** The question a short link /q/<n>/… names, when it names one. */
  number?: number;
}

/** Parts of the site's URL scheme, not words a reader typed to find something. */
const STRUCTURE_WORDS = new Set(['q', 'questions', 'question', 'topics', 'topic', 'sources', 'source', 'search', 'index', 'html', 'www']);

const wordsOf = (text: string) => text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/** Reads a path (without the base path): '/q/23/zz/' names question 23; '/questions/anchr-boxs/' the words anchr, boxs. */
export function guessFromPath(path: string): AddressGuess {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    decoded = path;
  }
  const shortLink = /^\/?q\/(\d+)(?:\/|$)/.exec(decoded);
  const words = wordsOf(decoded).filter((word) => !STRUCTURE_WORDS.has(word) && !/^\d+$/.test(word));
  return shortLink ? { words, number: Number(shortLink[1]) } : { words };
}

/** 1 for the same word, falling towards 0 as more letters differ. */
function similarity(a: string, b: string): number {
  return 1 - distance(a, b) / Math.max(a.length, b.length);
}

/** How close a question is to the words: each word's best match among the title's and slug's words, averaged. */
export function closeness(words: string[], question: TitledQuestion): number {
  // Two-letter words ('of', 'vs') are close to too many others to tell questions apart.
  words = words.filter((word) => word.length > 2);
  if (words.length === 0) return 0;
  const candidates = [...new Set([...wordsOf(question.title), ...wordsOf(question.slug)])];
  const perWord = words.map((word) => Math.max(0, ...candidates.map((candidate) => similarity(word, candidate))));
  const whole = similarity(words.join('-'), question.slug);
  return Math.max(whole, perWord.reduce((sum, value) => sum + value, 0) / words.length);
}

/** The questions closest to the words, best first; only those at least `threshold` close. */
export function nearestQuestions(words: string[], questions: TitledQuestion[], limit = 5, threshold = 0.5): TitledQuestion[] {
  return questions
    .map((question) => ({ question, score: closeness(words, question) }))
    .filter(({ score }) => score >= threshold)
    .sort((a, b) => b.score - a.score || a.question.n - b.question.n)
    .slice(0, limit)
    .map(({ question }) => question);
}
