// What a pasted link unfurls into in a chat or forum: title, description and preview card of a question,
// of one source's answer to it, or of one correction. Pure and fed by either reading of the handbook: the
// site's content collections (unfurl.ts, for the question page and its card) or handbook.json (the short
// links, written outside Astro's pages by short-links.mjs).
import { plainText, shorten } from '../../scripts/lib/plain-text.ts';
import { cardAlt, type CardFacts } from './card';
import { findingsOf, type CorrectedQuestion } from './findings';
import { correctionsPhrase, countByKind, kindInfo } from './kinds';

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

/** What a preview says of a question. */
export interface PreviewQuestion extends CorrectedQuestion {
  n: number;
  title: string;
  /** The title of the question's topic. */
  topic: string;
  /** The question's description (its first key point, or what it is still waiting for). */
  description: string;
  /** Whether the editors have reviewed it (it has an editorial file). */
  reviewed: boolean;
}

type Correction = PreviewQuestion['corrections'][number];

/** A question's previews share its sources' labels ("Source B") and its card. */
export interface Preview {
  question: PreviewQuestion;
  label: (source: string) => string;
  image: PreviewImage;
}

export function cardFactsOf(question: PreviewQuestion): CardFacts {
  return {
    n: question.n,
    title: question.title,
    topic: question.topic,
    answers: question.answers.length,
    reviewed: question.reviewed,
    counts: countByKind(findingsOf(question)),
  };
}

/** The question's card, at `cardPath`, described for readers who cannot see it. */
export function previewImage(question: PreviewQuestion, cardPath: string): PreviewImage {
  return { path: cardPath, alt: cardAlt(cardFactsOf(question)) };
}

export function questionUnfurl(preview: Preview): Unfurl {
  const { question } = preview;
  const facts = cardFactsOf(question);
  const review = facts.reviewed ? correctionsPhrase(facts.counts) : 'not yet reviewed';
  return {
    title: `${question.n}. ${question.title}`,
    description: shorten(`${facts.topic}: ${facts.answers} answers side by side, ${review}. ${question.description}`),
    image: preview.image,
  };
}

/** "Source B on Q23: 2 corrections (1 factual, 1 misleading). First flagged: “…”", or says truthfully that none were. */
export function answerUnfurl(preview: Preview, source: string): Unfurl {
  const { question } = preview;
  const label = preview.label(source);
  const findings = findingsOf(question).filter((finding) => finding.source === source);
  const phrase = correctionsPhrase(countByKind(findings));
  const flagged = findings.find((finding) => !finding.auto);
  let verdict: string;
  if (!question.reviewed) verdict = findings.length > 0 ? `not yet reviewed by an editor; ${phrase}.` : 'not yet reviewed by an editor.';
  else verdict = findings.length > 0 ? `${phrase}.` : 'no corrections; the editors found nothing wrong in this answer.';
  let detail = '';
  if (flagged && !flagged.auto) detail = ` First flagged: “${flagged.quote}”`;
  else if (findings.length > 0) detail = ' The answer is cut off in the source.';
  return {
    title: `${label} on question ${question.n}: ${question.title}`,
    description: shorten(`${label} on Q${question.n}: ${verdict}${detail}`),
    image: preview.image,
  };
}

/** "Factual error in Source B's answer to Q23: “…” — what is actually true." */
export function correctionUnfurl(preview: Preview, correction: Correction): Unfurl {
  const { question } = preview;
  const label = preview.label(correction.source);
  return {
    title: `Correction ${correction.id} to ${label} on question ${question.n}: ${question.title}`,
    description: shorten(`${kindInfo[correction.kind].label} in ${label}’s answer to Q${question.n}: “${correction.quote}” — ${plainText(correction.note)}`),
    image: preview.image,
  };
}
