// A flagged passage's correction in a modal dialog next to the passage: kind, source, note, references and
// a link to the full entry. Its content is cloned from the correction further down the page, so the page
// holds it once. Focus moves in, Tab stays in, Escape (or Close, or a click outside) closes and returns
// focus to the passage; following a link inside closes it and lets the link lead. Loaded by flag-popover.ts.
import { activatedFlag } from './flag-activation';

const GAP = 8;
let dialog: HTMLDialogElement | undefined;
let flag: HTMLAnchorElement | undefined;
let refocus = true;

function create(): HTMLDialogElement {
  const created = document.createElement('dialog');
  created.setAttribute('aria-labelledby', 'correction-dialog-title');
  created.innerHTML =
    '<div class="correction-dialog__head"><h2 class="correction-dialog__title" id="correction-dialog-title"></h2>' +
    '<button type="button" class="correction-dialog__close" data-close><span aria-hidden="true">×</span><span class="visually-hidden">Close</span></button></div>' +
    '<div class="correction-dialog__body"></div><p class="correction-dialog__more"><a></a></p>';
  created.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    // A click on the backdrop lands on the dialog itself; its content sits in padding-free children.
    if (target === created || target?.closest('[data-close]')) created.close();
    else if (target?.closest('a[href]')) {
      refocus = false;
      created.close();
    }
  });
  created.addEventListener('keydown', keepTabInside);
  created.addEventListener('close', () => {
    removeEventListener('scroll', place);
    removeEventListener('resize', place);
    if (refocus) flag?.focus();
  });
  document.body.append(created);
  return created;
}

function keepTabInside(event: KeyboardEvent): void {
  if (event.key !== 'Tab' || !dialog) return;
  const stops = [...dialog.querySelectorAll<HTMLElement>('a[href], button')];
  const first = stops[0];
  const last = stops[stops.length - 1];
  if (event.shiftKey && document.activeElement === first) last?.focus();
  else if (!event.shiftKey && document.activeElement === last) first?.focus();
  else return;
  event.preventDefault();
}

/** Below the passage, or above it when there is no room below; always inside the viewport. */
function place(): void {
  if (!dialog || !flag) return;
  const anchor = flag.getBoundingClientRect();
  const { width, height } = dialog.getBoundingClientRect();
  const below = anchor.bottom + GAP;
  const top = below + height <= innerHeight - GAP ? below : Math.max(GAP, anchor.top - GAP - height);
  const left = Math.min(Math.max(GAP, anchor.left), Math.max(GAP, innerWidth - width - GAP));
  dialog.style.setProperty('top', `${top}px`);
  dialog.style.setProperty('left', `${left}px`);
}

function cloneOf(node: Element | null | undefined): Node[] {
  if (!node) return [];
  const copy = node.cloneNode(true) as Element;
  for (const element of copy.querySelectorAll('[id]')) element.removeAttribute('id');
  return [copy];
}

function showCorrection(link: HTMLAnchorElement): void {
  const heading = document.getElementById(link.hash.slice(1));
  const correction = heading?.closest<HTMLElement>('.correction');
  if (!heading || !correction) return;
  dialog ??= create();
  if (dialog.open) dialog.close();
  flag = link;
  refocus = true;
  dialog.className = `correction-dialog kind-${correction.dataset.kind ?? ''}`;
  dialog.querySelector('.correction-dialog__title')!.replaceChildren('Correction ', ...[...heading.childNodes].map((node) => node.cloneNode(true)));
  dialog
    .querySelector('.correction-dialog__body')!
    .replaceChildren(...cloneOf(correction.querySelector('.correction__note')), ...cloneOf(correction.querySelector('.correction__refs')));
  const more = dialog.querySelector<HTMLAnchorElement>('.correction-dialog__more a')!;
  more.href = link.hash;
  more.textContent = `Read correction ${heading.querySelector('.correction__number')?.firstChild?.textContent ?? ''} in full`;
  dialog.showModal();
  place();
  addEventListener('scroll', place, { passive: true });
  addEventListener('resize', place);
}

function open(event: Event): void {
  const link = activatedFlag(event);
  if (!link) return;
  event.preventDefault();
  showCorrection(link);
}

document.addEventListener('click', open);
document.addEventListener('keydown', open);
