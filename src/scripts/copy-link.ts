// Copy buttons (data-copy) and, for a selection inside an answer, "Copy link to this passage". This is
// the part every question page loads. What to copy is worked out by modules loaded on first use, each
// bundled on its own ("worker" bundling makes one file of a module and its imports) and imported by URL,
// since a bundler-made dynamic import would add a module-preload helper to every page.
import copyActionsUrl from './copy-actions.ts?worker&url';
import { COPY_EVENT, type CopyRequest } from './copy-request';
import passageLinkUrl from './passage-link.ts?worker&url';

/** Starts the write inside the click, as Safari requires; the text follows when its module has loaded. */
function write(text: Promise<string>): Promise<void> {
  if (typeof ClipboardItem === 'function') {
    return navigator.clipboard.write([new ClipboardItem({ 'text/plain': text.then((t) => new Blob([t], { type: 'text/plain' })) })]);
  }
  return text.then((t) => navigator.clipboard.writeText(t));
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-copy]') : null;
  if (!button) return;
  const request = { button } as CopyRequest;
  const text = import(/* @vite-ignore */ copyActionsUrl).then(() => {
    document.dispatchEvent(new CustomEvent<CopyRequest>(COPY_EVENT, { detail: request }));
    return request.text ?? '';
  });
  // A missing clipboard (an insecure origin) throws at once; the executor turns that into a rejection.
  request.written = new Promise<void>((resolve) => resolve(write(text)));
});

document.addEventListener('selectionchange', function offerPassageLink() {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || !selection.focusNode?.parentElement?.closest('.answer__body')) return;
  document.removeEventListener('selectionchange', offerPassageLink);
  void import(/* @vite-ignore */ passageLinkUrl);
});
