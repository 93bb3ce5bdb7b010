// What the topic navigation lists on a page. Every page carries it, so in a large handbook it lists a bounded
// part (the way MkDocs Material's navigation.prune and Starlight's collapsed groups keep a sidebar small): past a
// number of topics only the current topic, past a number of questions only the current topic's questions, and
// past a topic size a window of them around the current question. A small handbook lists everything.

/** The parts of a topic and a question the navigation shows (handbook.ts's Topic and Question fit). */
export interface NavQuestion {
  n: number;
  slug: string;
  title: string;
}
export interface NavTopic {
  id: string;
  title: string;
  questions: NavQuestion[];
}

/** Up to this many questions in the handbook, every topic lists its questions. */
export const LIST_ALL_QUESTIONS_UP_TO = 150;
/** Up to this many topics, every topic is listed; past it, only the current one and a link to all of them. */
export const LIST_ALL_TOPICS_UP_TO = 15;
/** A topic lists at most this many questions: a window around the current question, or its first ones. */
export const QUESTIONS_SHOWN = 15;

export interface NavTopicEntry<T extends NavTopic> {
  topic: T;
  open: boolean;
  /** The questions listed, in reading order. */
  questions: Array<T['questions'][number]>;
  /** True when some of the topic's questions are left out (its overview lists them all). */
  partial: boolean;
}

export interface SiteNavModel<T extends NavTopic> {
  topics: Array<NavTopicEntry<T>>;
  /** Set when topics are left out: how many there are in all, for a link to the full list. */
  allTopics?: number;
}

/** Up to QUESTIONS_SHOWN questions, centred on the current one where the topic has more. */
function windowOf<Q extends NavQuestion>(questions: Q[], currentSlug: string | undefined): Q[] {
  if (questions.length <= QUESTIONS_SHOWN) return questions;
  const at = questions.findIndex((question) => question.slug === currentSlug);
  const start = Math.min(Math.max(0, at - Math.floor(QUESTIONS_SHOWN / 2)), questions.length - QUESTIONS_SHOWN);
  return questions.slice(start, start + QUESTIONS_SHOWN);
}

/**
 * The navigation of one page: `currentTopic` is the topic the page belongs to (shown open), `currentSlug` the
 * question it shows, if any.
 */
export function siteNavModel<T extends NavTopic>(topics: T[], questionCount: number, currentTopic?: string, currentSlug?: string): SiteNavModel<T> {
  const listAllTopics = topics.length <= LIST_ALL_TOPICS_UP_TO;
  const listAllQuestions = questionCount <= LIST_ALL_QUESTIONS_UP_TO;
  const shown = listAllTopics ? topics : topics.filter((topic) => topic.id === currentTopic);
  return {
    topics: shown.map((topic) => {
      const open = topic.id === currentTopic;
      const questions = listAllQuestions || open ? windowOf(topic.questions, open ? currentSlug : undefined) : [];
      return { topic, open, questions, partial: questions.length > 0 && questions.length < topic.questions.length };
    }),
    ...(!listAllTopics && { allTopics: topics.length }),
  };
}
