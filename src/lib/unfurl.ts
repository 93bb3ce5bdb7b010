// A question of the site's handbook (its content collections) as link previews and its card see it
// (link-preview.ts): read by the question page and the card route.
import type { CardFacts } from './card';
import type { Handbook, Question } from './handbook';
import { cardFactsOf, previewImage, type PreviewImage, type PreviewQuestion } from './link-preview';
import { paths } from './url';

export type { PreviewImage, Unfurl } from './link-preview';

function previewQuestion(handbook: Handbook, question: Question): PreviewQuestion {
  const { data } = question.entry;
  return {
    n: question.n,
    title: question.title,
    topic: handbook.topicById.get(question.topic)?.title ?? question.topic,
    description: data.description,
    reviewed: data.reviewed,
    answers: data.answers,
    corrections: data.corrections,
  };
}

export function cardFacts(handbook: Handbook, question: Question): CardFacts {
  return cardFactsOf(previewQuestion(handbook, question));
}

export function cardImage(handbook: Handbook, question: Question): PreviewImage {
  return previewImage(previewQuestion(handbook, question), paths.card(question.n));
}
