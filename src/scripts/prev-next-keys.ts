// ← / k and → / j go to the previous and next question, like the links at the foot of a question page;
// never while the reader types, holds a modifier, has a dialog open, or is scrolling a focused code block or table.
import { isTyping } from './typing';

const REL: Record<string, string> = { ArrowLeft: 'prev', k: 'prev', ArrowRight: 'next', j: 'next' };

export function initPrevNextKeys(): void {
  document.addEventListener('keydown', (event) => {
    const rel = REL[event.key];
    const target = event.target as Element;
    if (!rel || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
    if (isTyping(target) || target.closest?.('pre,[role=region]') || document.querySelector('dialog[open]')) return;
    document.querySelector<HTMLAnchorElement>(`.prev-next [rel=${rel}]`)?.click();
  });
}
