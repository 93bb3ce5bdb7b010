// The search dialog every page opens (⌘K, Ctrl+K, `/`, or the header box): a modal <dialog> around
// the search panel. Escape or a click outside closes it and focus returns where it was.
import { loadEngine } from './engine';
import { SEARCH_EVENT, type SearchRequest } from './search-events';
import { createPanel, type Panel } from './panel';

let dialog: HTMLDialogElement | undefined;
let panel: Panel | undefined;
let returnFocus: HTMLElement | null = null;

function create(): { dialog: HTMLDialogElement; panel: Panel } {
  const created = Object.assign(document.createElement('dialog'), { className: 'search-dialog' });
  created.setAttribute('aria-label', 'Search the handbook');
  const searchPanel = createPanel('search-dialog');
  const close = Object.assign(document.createElement('button'), { type: 'button', className: 'search-dialog__close', textContent: 'Close' });
  close.addEventListener('click', () => created.close());
  searchPanel.root.prepend(close);
  created.append(searchPanel.root);
  // A click on the backdrop lands on the <dialog> itself.
  created.addEventListener('click', (event) => {
    if (event.target === created) created.close();
  });
  // Escape closes at once, even from a search field with text in it (which would first clear it).
  created.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    created.close();
  });
  created.addEventListener('close', () => {
    returnFocus?.focus();
    returnFocus = null;
  });
  document.body.append(created);
  return { dialog: created, panel: searchPanel };
}

function openSearch(query: string): void {
  if (!dialog || !panel) ({ dialog, panel } = create());
  if (dialog.open) return;
  returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.showModal();
  panel.input.focus();
  if (query) panel.search(query);
  else panel.input.select();
}

// The launcher imports this file by URL and asks for it by event: `preload` starts loading Pagefind
// and the index before the reader has typed anything; `open` opens the dialog with a query.
document.addEventListener(SEARCH_EVENT, (event) => {
  const request = (event as CustomEvent<SearchRequest>).detail;
  if (request.open) openSearch(request.query ?? '');
  else void loadEngine().catch(() => undefined);
});
