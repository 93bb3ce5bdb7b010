// Fills each topic of the navigation that a reader opens with its questions from /site-nav.json (lib/site-nav.ts
// says what it lists), marked read as the page's own lists are. Loaded by site-nav-open.ts on the first opening:
// it fills the topics open by then and listens for the next. Fetched once a page; a failed fetch (offline before
// the handbook was saved) leaves the topic's overview link, and the next opening tries again.
import type { DeferredTopicList } from '../lib/site-nav';
import { href } from '../lib/url';
import { markRead } from './reading-progress';

type TopicLists = Record<string, DeferredTopicList>;
let lists: Promise<TopicLists> | undefined;

const LISTS_URL = href('site-nav.json');

const fetchLists = () =>
  fetch(LISTS_URL).then((response) => {
    if (!response.ok) throw new Error(`${LISTS_URL}: ${response.status}`);
    return response.json() as Promise<TopicLists>;
  });

const span = (className: string, text: string) => Object.assign(document.createElement('span'), { className, textContent: text });

/** A list item as SiteNav.astro writes one: a link with `content`. */
function listItem(href: string, content: Array<Node | string>, className = ''): HTMLLIElement {
  const link = Object.assign(document.createElement('a'), { href, className });
  link.append(...content);
  const li = document.createElement('li');
  li.append(link);
  return li;
}

async function fillTopic(details: HTMLDetailsElement): Promise<void> {
  const list = details.querySelector('ul');
  const overview = list?.querySelector('a')?.getAttribute('href');
  if (!details.open || !list || !overview || details.dataset.filled !== undefined) return;
  details.dataset.filled = '';
  try {
    const topic = (await (lists ??= fetchLists()))[details.dataset.navTopic!];
    if (!topic) return;
    const items = topic.questions.map(({ n, title, href }) => listItem(href, [span('site-nav__n', String(n)), span('site-nav__title', title)]));
    if (topic.all) items.push(listItem(overview, [`All ${topic.all} questions of this topic`], 'site-nav__overview'));
    list.append(...items);
    markRead(items.map((li) => li.firstChild as HTMLAnchorElement));
  } catch {
    lists = undefined;
    delete details.dataset.filled;
  }
}

const nav = document.querySelector<HTMLElement>('[data-site-nav]');
if (nav) {
  for (const details of nav.querySelectorAll<HTMLDetailsElement>('details[data-nav-topic][open]')) void fillTopic(details);
  nav.addEventListener(
    'toggle',
    (event) => {
      if (event.target instanceof HTMLDetailsElement && event.target.dataset.navTopic) void fillTopic(event.target);
    },
    true,
  );
}
