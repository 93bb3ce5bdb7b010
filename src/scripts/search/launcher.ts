// Loaded on every page, so kept tiny: opens the search dialog (loaded on demand) with ⌘K, Ctrl+K or `/`
// (not while typing in a field), or from the header box, and starts loading the index on its focus or hover.
// On the search page, the same keys focus the page's own search field.
import { href } from '../../lib/url';
import { isTyping } from '../typing';
import { preloadPagefind } from './pagefind-files';
import { SEARCH_EVENT, type SearchRequest } from './search-events';

// Pagefind starts loading beside the dialog, not after it: the files its first search needs are asked for
// here, at once (pagefind-loader.ts says why), and the loader (SearchBox.astro gives its URL) starts Pagefind.
function loadPagefind(url: string): void {
  preloadPagefind({ synonyms: true });
  void import(/* @vite-ignore */ url).catch(() => undefined);
}

// The dialog is bundled on its own (SearchBox.astro gives its URL): a bundler-made dynamic import would add
// a module-preload helper to every page. It answers SEARCH_EVENT once loaded.
function requestDialog(open: boolean, box?: HTMLInputElement): void {
  const form = document.querySelector<HTMLElement>('[data-search-dialog]');
  if (!form) return;
  loadPagefind(form.dataset.searchLoader!);
  // The dialog's styles, asked for now so that they are applied before it opens, not while it searches.
  const styles = href('search.css');
  if (!document.querySelector(`link[href="${styles}"]`)) document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: styles }));
  void import(/* @vite-ignore */ form.dataset.searchDialog!).then(() => {
    // Read the box only now: the reader may have typed on while the dialog loaded.
    const request: SearchRequest = { open, query: box?.value ?? '' };
    if (open && box) box.value = '';
    document.dispatchEvent(new CustomEvent(SEARCH_EVENT, { detail: request }));
  });
}

function open(box?: HTMLInputElement): void {
  const pageField = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
  if (pageField) {
    pageField.focus();
    pageField.select();
  } else requestDialog(true, box);
}

export function initSearchLauncher(): void {
  document.addEventListener('keydown', (event) => {
    const commandK = event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey;
    const slash = event.key === '/' && !event.metaKey && !event.ctrlKey && !event.altKey && !isTyping(event.target);
    if (!commandK && !slash) return;
    event.preventDefault();
    open();
  });
  for (const box of document.querySelectorAll<HTMLInputElement>('[data-search-input]')) initBox(box);
}

function initBox(box: HTMLInputElement): void {
  const preload = () => requestDialog(false);
  box.addEventListener('focus', preload, { once: true });
  box.addEventListener('pointerenter', preload, { once: true });
  // Typing in the box, clicking it or submitting it carries on in the dialog.
  box.addEventListener('input', () => open(box));
  box.addEventListener('click', () => open(box));
  box.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    open(box);
  });
}
