// On a page opened from a search result (?highlight=term), mark the search terms with Pagefind's
// highlighter; on a link to a passage (#…:~:text=) in a browser without text fragments, mark the passage
// with text-fragments-polyfill. Each is loaded only then, so a question page stays light otherwise.
import textFragmentsPolyfillUrl from 'text-fragments-polyfill?url';
import { HIGHLIGHT_PARAM as param } from '../lib/search/highlight-param';
import { href } from '../lib/url';

if (new URLSearchParams(location.search).has(param)) {
  import(/* @vite-ignore */ href('pagefind/pagefind-highlight.js'))
    .then(({ default: PagefindHighlight }) => {
      new PagefindHighlight({ highlightParam: param, addStyles: false });
      // Marking rewrites text nodes; bring the targeted answer back into view.
      if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
    })
    .catch(() => {
      // No search index (e.g. the dev server): the page simply shows no highlights.
    });
}

// The hash keeps a text directive only where the browser does not handle text fragments itself.
if (location.hash.includes(':~:')) void import(/* @vite-ignore */ textFragmentsPolyfillUrl);
