// The practice deck: every reviewed question in reading order with its key points (HTML), written to
// /practice.json at build time and fetched by the practice page when a session starts.
import type { Handbook } from './handbook';
import { paths } from './url';

export interface PracticeCard {
  n: number;
  title: string;
  topic: string;
  href: string;
  keyPoints: string[];
}

export interface PracticeDeck {
  cards: PracticeCard[];
}

/** Questions without key points (not yet reviewed) have nothing to reveal, so they are left out. */
export function practiceDeck(handbook: Handbook, keyPointsHtml: ReadonlyMap<number, string[]>): PracticeDeck {
  const cards = handbook.questions.flatMap((question) => {
    const keyPoints = keyPointsHtml.get(question.n) ?? [];
    return keyPoints.length === 0
      ? []
      : [{ n: question.n, title: question.title, topic: question.topic, href: paths.question(question.slug), keyPoints }];
  });
  return { cards };
}
