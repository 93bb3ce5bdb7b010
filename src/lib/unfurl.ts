// What a pasted link unfurls into in a chat or forum: title, description and preview card of a question,
// of one source's answer to it, or of one correction (read by the question page and the short links).
import { plainText, shorten } from '../../scripts/lib/plain-text.ts';
import { cardAlt, type CardFacts } from './card';
import { findingsOf, type Handbook, type Question } from './handbook';
import { correctionsPhrase, countByKind, kindInfo } from './kinds';
import { paths } from './url';

export interface PreviewImage {
  /** Path with the base path; made absolute where the tag is written. */
  path: string;
  alt: string;
}

export interface Unfurl {
  title: string;
  description: string;
  image: PreviewImage;
}

type Correction = Question['entry']['data']['corrections'][number];

export function cardFacts(handbook: Handbook, question: Question): CardFacts {
  const { data } = question.entry;
  return {
    n: question.n,
    title: question.title,
    topic: handbook.topicById.get(question.topic)?.title ?? question.topic,
    answers: data.answers.length,
    reviewed: data.reviewed,
    counts: countByKind(findingsOf(data)),
  };
}

export function cardImage(handbook: Handbook, question: Question): PreviewImage {
  return { path: paths.card(question.n), alt: cardAlt(cardFacts(handbook, question)) };
}

function sourceLabel(handbook: Handbook, source: string): string {
  return handbook.sources.find((s) => s.id === source)?.label ?? source;
}

export function questionUnfurl(handbook: Handbook, question: Question): Unfurl {
  const facts = cardFacts(handbook, question);
  const review = facts.reviewed ? correctionsPhrase(facts.counts) : 'not yet reviewed';
  return {
    title: `${question.n}. ${question.title}`,
    description: shorten(`${facts.topic}: ${facts.answers} answers side by side, ${review}. ${question.entry.data.description}`),
    image: cardImage(handbook, question),
  };
}

/** "Source B on Q23: 2 corrections (1 factual, 1 misleading). First flagged: “…”", or says truthfully that none were. */
export function answerUnfurl(handbook: Handbook, question: Question, source: string): Unfurl {
  const { data } = question.entry;
  const label = sourceLabel(handbook, source);
  const findings = findingsOf(data).filter((finding) => finding.source === source);
  const phrase = correctionsPhrase(countByKind(findings));
  const flagged = findings.find((finding) => !finding.auto);
  let verdict: string;
  if (!data.reviewed) verdict = findings.length > 0 ? `not yet reviewed by an editor; ${phrase}.` : 'not yet reviewed by an editor.';
  else verdict = findings.length > 0 ? `${phrase}.` : 'no corrections; the editors found nothing wrong in this answer.';
  let detail = '';
  if (flagged && !flagged.auto) detail = ` First flagged: “${flagged.quote}”`;
  else if (findings.length > 0) detail = ' The answer is cut off in the source.';
  return {
    title: `${label} on question ${question.n}: ${question.title}`,
    description: shorten(`${label} on Q${question.n}: ${verdict}${detail}`),
    image: cardImage(handbook, question),
  };
}

/** "Factual error in Source B's answer to Q23: “…” — what is actually true." */
export function correctionUnfurl(handbook: Handbook, question: Question, correction: Correction): Unfurl {
  const label = sourceLabel(handbook, correction.source);
  return {
    title: `Correction ${correction.id} to ${label} on question ${question.n}: ${question.title}`,
    description: shorten(`${kindInfo[correction.kind].label} in ${label}’s answer to Q${question.n}: “${correction.quote}” — ${plainText(correction.note)}`),
    image: cardImage(handbook, question),
  };
}
