// `/` focuses the page's search box (the header's, or the search page's own), unless the reader is typing.
import { isTyping } from './typing';

export function initSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const input = document.querySelector<HTMLInputElement>('[data-search-input], .pagefind-ui__search-input');
    if (!input) return;
    event.preventDefault();
    input.focus();
    input.select();
  });
}
