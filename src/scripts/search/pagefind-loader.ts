// Starts Pagefind at the first sign of a search (⌘K, `/`, focus or hover on the box), imported by the launcher
// beside the dialog. Pagefind alone would ask for its entry file once its script has run, and for its
// WebAssembly and meta index once that entry has arrived: round trips one after another. The launcher has
// asked for the script, the entry and the WebAssembly already (pagefind-files.ts), so only the meta index
// waits for the entry, and Pagefind's own requests are answered by those preloads. Bundled on its own (like
// the dialog), so that the launcher on every page carries only its URL; it runs once per page and answers
// PAGEFIND_EVENT (pagefind-api.ts).
import { HIGHLIGHT_PARAM } from '../../lib/search/highlight-param';
import { href } from '../../lib/url';
import { pageLanguage, pagefindCacheTag, preloadPagefind } from './pagefind-files';
import { PAGEFIND_EVENT, type Pagefind, type PagefindRequest } from './pagefind-api';

async function start(): Promise<Pagefind> {
  // Done already when the launcher imported this loader; not when the search page or "Save for offline" did.
  preloadPagefind();
  // Pagefind's first search builds an Intl.Segmenter, whose first construction in a page loads ICU's break
  // rules (15–30 ms). Built now, while the files are on their way, that is done before the reader's query.
  if ('Segmenter' in Intl) setTimeout(() => new Intl.Segmenter(pageLanguage(), { granularity: 'grapheme' }));
  const pagefind = (await import(/* @vite-ignore */ href('pagefind/pagefind.js'))) as Pagefind;
  // On the main thread: a worker would fetch its own script and compile the WebAssembly a second time
  // before the first result, and the handbook's searches take a few milliseconds.
  await pagefind.options({ baseUrl: href(), highlightParam: HIGHLIGHT_PARAM, excerptLength: 24, noWorker: true, metaCacheTag: pagefindCacheTag() });
  await pagefind.init();
  return pagefind;
}

let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  pagefind ??= start();
  pagefind.catch(() => (pagefind = undefined));
  return pagefind;
}

document.addEventListener(PAGEFIND_EVENT, (event) => (event as PagefindRequest).detail(loadPagefind()));
void loadPagefind().catch(() => undefined);
