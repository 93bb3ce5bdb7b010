// `questions: by-text`: which question in questions.yaml a source heading's wording asks.
import { BigramIndex } from './bigram-similarity.ts';

export interface ScoredQuestion {
  n: number;
  title: string;
  /** Sørensen–Dice similarity of character bigrams, 0 (nothing shared) to 1 (same wording). */
  score: number;
}

export type QuestionMatch =
  | { ok: true; n: number; score: number; nearest: ScoredQuestion[] }
  | { ok: false; reason: string; nearest: ScoredQuestion[] };

// Calibrated on the seed sources: a heading that repeats a question's wording scores 0.98 or more, short
// titles ("Transfer learning in CNNs") 0.6 or less, and the nearest other question trails a true match by
// at least 0.12 even in the near-duplicate groups (8/25, 13/30, 3/18/48 …). Shortened wordings of a
// near-duplicate ("Describe the concept of object tracking in computer vision", 6 or 22?) score 0.77-0.88,
// so anything short of repeating the wording needs a `map` entry.
export const MIN_SCORE = 0.9;
export const MIN_MARGIN = 0.1;
const NEAREST = 3;

const normalized = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Matches wordings against the questions; the titles are indexed once for all the headings of a source. */
export function questionMatcher(questions: ReadonlyArray<{ n: number; title: string }>): (text: string) => QuestionMatch {
  const index = new BigramIndex(questions.map((q) => normalized(q.title)));
  return (text) => {
    const similarities = index.similarities(normalized(text));
    const nearest = highestScores(questions.map((q, i) => ({ n: q.n, title: q.title, score: Math.round(similarities[i]! * 100) / 100 })));
    const [best, second] = nearest;
    if (!best || best.score < MIN_SCORE) {
      return { ok: false, reason: `matches no question well enough (best score ${best?.score ?? 0}, needs ${MIN_SCORE})`, nearest };
    }
    if (second && best.score - second.score < MIN_MARGIN) {
      return { ok: false, reason: `is ambiguous: questions ${best.n} and ${second.n} score within ${MIN_MARGIN} of each other`, nearest };
    }
    return { ok: true, n: best.n, score: best.score, nearest };
  };
}

export function matchQuestion(text: string, questions: ReadonlyArray<{ n: number; title: string }>): QuestionMatch {
  return questionMatcher(questions)(text);
}

/** The NEAREST highest scores, ties to the lower n, without sorting every question. */
function highestScores(scored: readonly ScoredQuestion[]): ScoredQuestion[] {
  const best: ScoredQuestion[] = [];
  for (const q of scored) {
    const at = best.findIndex((b) => q.score > b.score || (q.score === b.score && q.n < b.n));
    if (at === -1) best.push(q);
    else best.splice(at, 0, q);
    if (best.length > NEAREST) best.pop();
  }
  return best;
}

export function describeNearest(nearest: readonly ScoredQuestion[]): string {
  return nearest.map((q) => `${q.n} (${q.score.toFixed(2)}) "${q.title}"`).join('; ');
}
