// "Copy link to this passage": while text inside one answer is selected, a bar offers a link that carries
// a text fragment, so the browser scrolls to the passage and highlights it. Loaded by copy-link.ts on the
// first such selection. Keyboard users reach the bar with Tab: the next Tab after selecting goes to it.
import { generateFragmentFromRange, GenerateFragmentStatus } from 'text-fragments-polyfill/dist/fragment-generation-utils.js';
import { passageUrl } from '../lib/text-fragment';
import { COPY_EVENT, type CopyRequest } from './copy-request';

const bar = document.createElement('div');
bar.className = 'passage-bar';
bar.hidden = true;
const button = document.createElement('button');
button.type = 'button';
button.className = 'copy-link';
button.dataset.copy = 'passage';
const label = document.createElement('span');
label.className = 'copy-link__label';
label.textContent = 'Copy link to this passage';
const icon = document.querySelector('[data-copy="link"] svg')?.cloneNode(true);
button.append(...(icon ? [icon] : []), label);
bar.append(button);
// Pressing the button must not clear the selection it links to.
bar.addEventListener('mousedown', (event) => event.preventDefault());
let focusBefore: HTMLElement | null = null;
bar.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  bar.hidden = true;
  focusBefore?.focus();
});
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Tab' || event.shiftKey || bar.hidden || bar.contains(document.activeElement)) return;
  event.preventDefault();
  focusBefore = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  button.focus();
});
document.body.append(bar);

let selected: { range: Range; answer: HTMLElement } | undefined;

function selectionInOneAnswer(): typeof selected {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return undefined;
  const range = selection.getRangeAt(0);
  const common = range.commonAncestorContainer;
  const body = (common instanceof Element ? common : common.parentElement)?.closest('.answer__body');
  const answer = body?.closest<HTMLElement>('.answer');
  return body && answer && range.toString().trim() ? { range: range.cloneRange(), answer } : undefined;
}

function update(): void {
  const found = selectionInOneAnswer();
  if (!found) {
    if (!bar.contains(document.activeElement)) bar.hidden = true;
    return;
  }
  selected = found;
  bar.hidden = false;
}

/** The link to the passage last selected in an answer. */
function selectedPassageUrl(): string {
  if (!selected) throw new Error('no passage is selected');
  const page = `${location.origin}${location.pathname}`;
  const anchor = selected.answer.querySelector('h3')!.id;
  const result = generateFragmentFromRange(selected.range);
  const fragment = result.status === GenerateFragmentStatus.SUCCESS && result.fragment ? result.fragment : { textStart: selected.range.toString().replace(/\s+/g, ' ').trim() };
  return passageUrl(page, anchor, fragment);
}

document.addEventListener('selectionchange', update);
document.addEventListener(COPY_EVENT, (event) => {
  const request = (event as CustomEvent<CopyRequest>).detail;
  if (request.button === button) request.text = Promise.resolve().then(selectedPassageUrl);
});
update();
