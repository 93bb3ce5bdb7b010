// Reading progress: every question page a reader opens is remembered in this browser (localStorage) and
// marked as read, for eyes and for screen readers, wherever a topic list or the menu links to it.
const KEY = 'cv-handbook:read';

export function initReadingProgress(): void {
  try {
    const read: string[] = JSON.parse(localStorage[KEY] ?? '[]');
    if (document.querySelector('[data-question-page]') && !read.includes(location.pathname)) {
      read.push(location.pathname);
      localStorage[KEY] = JSON.stringify(read);
    }
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.site-nav__questions a, .question-list a')) {
      if (!read.includes(link.pathname)) continue;
      link.dataset.read = '';
      link.insertAdjacentHTML('beforeend', '<span class="visually-hidden"> (read)</span>');
    }
  } catch {
    // Storage disabled, full or holding something else: the page simply shows no marks.
  }
}
