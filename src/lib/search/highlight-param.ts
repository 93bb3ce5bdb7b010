// Shared by the search page and the pages it opens.

/** Query parameter Pagefind adds to result links, and that pagefind-highlight.js reads. */
export const HIGHLIGHT_PARAM = 'highlight';
