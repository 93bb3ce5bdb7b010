// Starts Pagefind's Default UI on the search page (options from the page's data attributes) and keeps the query in the URL (?q=), so the header
// search box, the back button and shared links all land on the same results.
import { searchTerms } from '../lib/search-terms';

interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => PagefindUIInstance;
  }
}

const container = document.getElementById('search');

if (container && window.PagefindUI) {
  const query = new URLSearchParams(location.search).get('q') ?? '';
  const ui = new window.PagefindUI({
    element: '#search',
    bundlePath: container.dataset.bundle,
    baseUrl: container.dataset.base,
    showSubResults: true,
    // Pagefind's default waits 300 ms after each keystroke; its search answers in a few milliseconds,
    // so a short pause keeps results arriving while typing without searching on every key.
    debounceTimeoutMs: 40,
    showImages: false,
    processTerm: searchTerms,
    highlightParam: container.dataset.highlightParam,
    autofocus: !query,
    translations: { placeholder: 'Search answers, key points and corrections' },
  });
  // Pagefind's input is labelled only by its placeholder: tie it to the page's own <label>.
  container.querySelector('input.pagefind-ui__search-input')?.setAttribute('id', 'search-input');
  if (query) ui.triggerSearch(query);

  container.addEventListener('input', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'text' && event.target.type !== 'search') return;
    const url = new URL(location.href);
    if (event.target.value) url.searchParams.set('q', event.target.value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
} else if (container) {
  container.insertAdjacentHTML(
    'beforeend',
    '<p class="notice">The search index is missing: it is built by <code>pagefind</code> after <code>astro build</code>.</p>',
  );
}

