// Reading progress: every question page a reader opens is remembered in this browser (localStorage) and
// marked as read, for eyes and for screen readers, wherever a topic list or the menu links to it.
const KEY = 'cv-handbook:read';

/** The question pages this browser has opened; throws when storage is disabled or holds something else. */
const readPages = (): string[] => JSON.parse(localStorage[KEY] ?? '[]');

/** Marks those of `links` that lead to a question already read (also for links added later, e.g. by the menu). */
export function markRead(links: Iterable<HTMLAnchorElement>): void {
  try {
    const read = readPages();
    for (const link of links) {
      if (!read.includes(link.pathname)) continue;
      link.dataset.read = '';
      link.insertAdjacentHTML('beforeend', '<span class="visually-hidden"> (read)</span>');
    }
  } catch {
    // Storage disabled, full or holding something else: the page simply shows no marks.
  }
}

export function initReadingProgress(): void {
  try {
    const read = readPages();
    if (document.querySelector('[data-question-page]') && !read.includes(location.pathname)) {
      read.push(location.pathname);
      localStorage[KEY] = JSON.stringify(read);
    }
  } catch {
    // As above: nothing is remembered.
  }
  markRead(document.querySelectorAll<HTMLAnchorElement>('.site-nav__questions a, .question-list a'));
}
