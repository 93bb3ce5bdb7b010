// <copy-buttons data-what="correction 3" [data-markdown] [data-compact]>: the copy buttons of an answer, a correction, a
// key point or a disagreement. Made here rather than in the HTML: they do nothing without JavaScript, and their markup
// was a twelfth of a question page with many corrections (the print page has over a thousand). Clicks: copy-link.ts.
// Drawn on a 24-unit grid: a chain link (stroked) and a pair of quotation marks (filled).
const ICONS = {
  link: 'fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.8 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7"',
  markdown: 'fill="currentColor" d="M3 6h7.5v7.5l-3 6H4.5l2.25-6H3zm10.5 0H21v7.5l-3 6h-3l2.25-6H13.5z"',
};

function span(className: string, text: string): HTMLSpanElement {
  return Object.assign(document.createElement('span'), { className, textContent: text });
}

function copyButton(copy: keyof typeof ICONS, what: string, compact: boolean): HTMLButtonElement {
  const button = Object.assign(document.createElement('button'), { type: 'button', className: compact ? 'copy-link copy-link--icon' : 'copy-link' });
  button.dataset.copy = copy;
  button.innerHTML = `<svg aria-hidden="true" viewBox="0 0 24 24" width="14" height="14"><path ${ICONS[copy]}></path></svg>`;
  if (compact) {
    button.append(span('visually-hidden', `Copy link to ${what}`));
  } else if (copy === 'markdown') {
    button.setAttribute('aria-label', `Copy as Markdown: ${what}`);
    button.append(span('copy-link__label', 'Copy as Markdown'));
  } else {
    button.append(span('copy-link__label', 'Copy link'), span('visually-hidden', ` to ${what}`));
  }
  return button;
}

class CopyButtons extends HTMLElement {
  connectedCallback(): void {
    if (this.childElementCount > 0) return;
    const { what = '', markdown, compact } = this.dataset;
    this.append(copyButton('link', what, compact !== undefined), ...(markdown !== undefined ? [copyButton('markdown', what, false)] : []));
  }
}

customElements.define('copy-buttons', CopyButtons);
