// What each copy button copies, and the confirmation (loaded on the first click of one, see copy-link.ts).
// The passage bar's button is answered by passage-link.ts, loaded before that bar could be clicked.
import { announce } from './announce';
import { COPY_EVENT, type CopyRequest } from './copy-request';
import { quoteMarkdown, type Quotation } from '../lib/quote-markdown';
import { shortLinks } from '../lib/url';

const CONFIRMATION_MS = 2500;

function textFor(button: HTMLElement): string {
  if (button.dataset.copy === 'markdown') return quoteMarkdown(quotationFor(button));
  const anchor = button.closest('header')?.querySelector('h3')?.id ?? button.closest('[id]')?.id ?? '';
  return `${location.origin}${location.pathname}#${anchor}`;
}

async function confirm(button: HTMLElement, text: Promise<string>, written: Promise<void>): Promise<void> {
  const label = button.querySelector('.copy-link__label');
  button.dataset.label ??= label?.textContent ?? '';
  // The accessible name, "Copy link to …" or "Copy as Markdown: …", read before the label changes.
  button.dataset.name ??= button.getAttribute('aria-label') ?? (button.textContent ?? '').replace(/\s+/g, ' ').trim();
  try {
    await written;
    button.dataset.copied = 'true';
    if (label) label.textContent = 'Copied';
    announce(button.dataset.name.replace(/^Copy/, 'Copied'));
  } catch {
    // No clipboard access (an insecure origin, or permission refused): show the text to copy by hand.
    button.dataset.copied = 'false';
    const value = await text.catch(() => '');
    announce(`Could not copy. ${value}`);
    window.prompt('Copy this:', value);
  }
  window.setTimeout(() => {
    delete button.dataset.copied;
    if (label) label.textContent = button.dataset.label ?? '';
  }, CONFIRMATION_MS);
}

/** The answer or correction the button belongs to, read from the page as the reader sees it. */
function quotationFor(button: HTMLElement): Quotation {
  const page = document.querySelector<HTMLElement>('[data-question]')!;
  const n = Number(page.dataset.question);
  const question = { n, title: textOf(page.querySelector('h1')) };
  const site = document.querySelector<HTMLMetaElement>('meta[property="og:site_name"]')?.content ?? document.title;
  const correction = button.closest<HTMLElement>('.correction');
  const answer = button.closest<HTMLElement>('[data-source]')!;
  const source = answer.dataset.source!;
  const sourceLabel = textOf(document.querySelector(`.answer[data-source="${source}"] h3`));
  if (correction) {
    const id = Number(textOf(correction.querySelector('.correction__number')));
    return {
      quote: textOf(correction.querySelector('.correction__quote')),
      verdict: { label: textOf(correction.querySelector('.kind-badge')), correction: id, note: textOf(correction.querySelector('.correction__note')) },
      source: sourceLabel,
      question,
      site,
      link: new URL(shortLinks.correction(n, source, id), location.origin).href,
    };
  }
  return {
    quote: textOf(answer.querySelector('.answer__body :is(p, li)')),
    source: sourceLabel,
    question,
    site,
    link: new URL(shortLinks.answer(n, source), location.origin).href,
  };
}

/** Visible text on one line, without the correction numbers and screen-reader words of flagged spans. */
function textOf(element: Element | null): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.flag__ref, .visually-hidden').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

document.addEventListener(COPY_EVENT, (event) => {
  const request = (event as CustomEvent<CopyRequest>).detail;
  request.text ??= Promise.resolve().then(() => textFor(request.button));
  void confirm(request.button, request.text, request.written);
});
