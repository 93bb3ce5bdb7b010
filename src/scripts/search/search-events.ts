// The events by which the launcher (on every page) talks to the parts of search it loads on demand.

/** Asks the dialog to open (with a query) or only to start loading; the dialog answers it once loaded. */
export const SEARCH_EVENT = 'handbook:search';
export interface SearchRequest {
  open: boolean;
  query?: string;
}
