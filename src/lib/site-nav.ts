// What the topic navigation lists on a page. Every page carries it, so it lists only what the page needs, the way
// MkDocs Material's navigation.prune does: the current topic's questions (a window of them around the current
// question in a large topic), and every other topic by its title alone, its questions fetched when a reader opens
// it (deferredTopicLists, served as /site-nav.json). Past a number of topics only the current topic is listed.
// So a question page does not grow with the number of questions, nor past that number with the number of topics.

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

/** Up to this many topics, every topic is listed; past it, only the current one and a link to all of them. */
export const LIST_ALL_TOPICS_UP_TO = 15;
/** A topic lists at most this many questions: a window around the current question, or its first ones. */
export const QUESTIONS_SHOWN = 15;

/** The questions a topic lists, and whether some are left out (its overview lists them all). */
export interface NavQuestionList<Q extends NavQuestion> {
  questions: Q[];
  partial: boolean;
}

export interface NavTopicEntry<T extends NavTopic> extends NavQuestionList<T['questions'][number]> {
  topic: T;
  /** The page's own topic: shown open, its questions in the page. The others' lists are fetched when opened. */
  open: boolean;
}

export interface SiteNavModel<T extends NavTopic> {
  topics: Array<NavTopicEntry<T>>;
  /** Set when topics are left out: how many there are in all, for a link to the full list. */
  allTopics?: number;
}

/** Up to QUESTIONS_SHOWN of a topic's questions, centred on the current one where the topic has more. */
export function topicQuestionList<Q extends NavQuestion>(questions: Q[], currentSlug?: string): NavQuestionList<Q> {
  if (questions.length <= QUESTIONS_SHOWN) return { questions, partial: false };
  const at = questions.findIndex((question) => question.slug === currentSlug);
  const start = Math.min(Math.max(0, at - Math.floor(QUESTIONS_SHOWN / 2)), questions.length - QUESTIONS_SHOWN);
  return { questions: questions.slice(start, start + QUESTIONS_SHOWN), partial: true };
}

/**
 * The navigation of one page: `currentTopic` is the topic the page belongs to (shown open with its questions),
 * `currentSlug` the question it shows, if any.
 */
export function siteNavModel<T extends NavTopic>(topics: T[], currentTopic?: string, currentSlug?: string): SiteNavModel<T> {
  const listAllTopics = topics.length <= LIST_ALL_TOPICS_UP_TO;
  const shown = listAllTopics ? topics : topics.filter((topic) => topic.id === currentTopic);
  return {
    topics: shown.map((topic) => {
      const open = topic.id === currentTopic;
      return { topic, open, ...(open ? topicQuestionList(topic.questions, currentSlug) : { questions: [], partial: false }) };
    }),
    ...(!listAllTopics && { allTopics: topics.length }),
  };
}

/** A closed topic's list as /site-nav.json gives it: numbers, titles and links, and the topic's size when partial. */
export interface DeferredTopicList {
  questions: Array<{ n: number; title: string; href: string }>;
  all?: number;
}

/** What each closed topic lists once opened, by topic id: only topics some page shows closed. */
export function deferredTopicLists(topics: NavTopic[], questionHref: (slug: string) => string): Record<string, DeferredTopicList> {
  if (topics.length > LIST_ALL_TOPICS_UP_TO) return {};
  return Object.fromEntries(
    topics.map((topic) => {
      const { questions, partial } = topicQuestionList(topic.questions);
      const list = questions.map(({ n, title, slug }) => ({ n, title, href: questionHref(slug) }));
      return [topic.id, { questions: list, ...(partial && { all: topic.questions.length }) }];
    }),
  );
}
