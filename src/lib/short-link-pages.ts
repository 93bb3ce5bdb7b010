// Every short link of the handbook (DESIGN.md: /q/<n>/, /q/<n>/<source>/, /q/<n>/<source>/<id>/) with its
// page, from the handbook's data (handbook.json): Astro renders no page for them, short-links.mjs writes
// these in the build and serves them in dev.
import type { HandbookJson } from '../../scripts/lib/handbook-json.ts';
import { answerUnfurl, correctionUnfurl, previewImage, questionUnfurl, type Preview, type PreviewQuestion, type Unfurl } from './link-preview';
import { renderShortLink } from './short-link-html';
import { anchors, pagePaths, shortLinkPaths } from './site-paths';

type JsonQuestion = HandbookJson['questions'][number];

export interface ShortLinkPage {
  /** Its path without the base path, as its folder in the build: 'q/23/b/'. */
  route: string;
  html: string;
  /** Where it leads, relative to the base path: 'questions/anchor-boxes/#source-b' (short-links.json, for offline use). */
  destination: string;
}

/** Paths relative to the site's root, for the routes; `base` is put in front of them in the page. */
const routes = shortLinkPaths((path) => path);
const pages = pagePaths((path) => path);

function previewQuestion(question: JsonQuestion, topicTitles: ReadonlyMap<string, string>): PreviewQuestion {
  return {
    n: question.n,
    title: question.title,
    topic: topicTitles.get(question.topic) ?? question.topic,
    description: question.description,
    // An editorial file holds at least three key points (scripts/lib/schema.ts): a question without any has none.
    reviewed: question.keyPoints.length > 0,
    answers: question.answers,
    corrections: question.corrections,
  };
}

/** The pages of every short link, question by question in handbook.json's order; `base` as astro.config's ('/' or '/sub/'). */
export function* shortLinkPages(handbook: HandbookJson, { base, site }: { base: string; site: string }): Generator<ShortLinkPage> {
  const topicTitles = new Map(handbook.topics.map((topic) => [topic.id, topic.title]));
  const labels = new Map(handbook.sources.map((source) => [source.id, source.label]));
  const label = (source: string) => labels.get(source) ?? source;
  for (const json of handbook.questions) {
    const question = previewQuestion(json, topicTitles);
    const preview: Preview = { question, label, image: previewImage(question, base + pages.card(question.n)) };
    const questionPage = pages.question(json.slug);
    const target = base + questionPage;
    const page = (route: string, anchor: string, unfurl: Unfurl): ShortLinkPage => ({
      route,
      html: renderShortLink({ path: base + route, target, anchor, ...unfurl }, site),
      destination: anchor ? `${questionPage}#${anchor}` : questionPage,
    });
    yield page(routes.question(question.n), '', questionUnfurl(preview));
    for (const { source } of json.answers) yield page(routes.answer(question.n, source), anchors.answer(source), answerUnfurl(preview, source));
    for (const correction of json.corrections) {
      yield page(routes.correction(question.n, correction.source, correction.id), anchors.correction(correction.id), correctionUnfurl(preview, correction));
    }
  }
}
