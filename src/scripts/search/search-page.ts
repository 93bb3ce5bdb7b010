// The search page (/search/?q=): the search panel inline, its query kept in the URL so shared links,
// the back button and readers arriving from a no-JavaScript form all land on the same results.
import { createPanel } from './panel';

const container = document.querySelector<HTMLElement>('[data-search-page]');

if (container) {
  const panel = createPanel('search-page', (query) => {
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
  container.replaceChildren(panel.root);
  const query = new URLSearchParams(location.search).get('q') ?? '';
  if (query) panel.search(query);
  else panel.input.focus();
}
