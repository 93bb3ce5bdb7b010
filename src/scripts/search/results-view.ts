// Draws search results as a listbox of links: each page, then its sub-results (the matching answer,
// key points or correction). Every link is an option, so arrow keys move through all of them.
import type { ResultData } from './pagefind-api';

/** Sub-results shown under a page: the best few sections, not every heading that matched. */
const SUB_RESULTS = 3;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function option(list: HTMLElement, className: string, url: string, title: string, excerpt: string): HTMLAnchorElement {
  const link = element('a', className);
  link.href = url;
  link.id = `${list.id}-${list.querySelectorAll('[role="option"]').length}`;
  link.setAttribute('role', 'option');
  link.setAttribute('aria-selected', 'false');
  link.tabIndex = -1;
  link.append(element('span', 'search-result__title', title));
  const text = element('span', 'search-result__excerpt');
  // Pagefind's excerpt is the page's own text, escaped, with <mark> around the matched words.
  text.innerHTML = excerpt;
  link.append(text);
  return link;
}

export function renderResults(list: HTMLElement, results: ResultData[]): void {
  list.replaceChildren();
  appendResults(list, results);
}

/** Adds results below those listed. */
export function appendResults(list: HTMLElement, results: ResultData[]): void {
  for (const result of results) {
    const item = element('li', 'search-result');
    item.setAttribute('role', 'presentation');
    const title = result.meta.title ?? result.url;
    const page = option(list, 'search-result__page', result.url, title, result.excerpt);
    if (result.meta.topic) page.insertBefore(element('span', 'search-result__topic', result.meta.topic), page.lastChild);
    item.append(page);
    // The first sub-result is often the page's top (no anchor): it is the page link itself.
    const sections = result.sub_results.filter((sub) => sub.url.includes('#')).slice(0, SUB_RESULTS);
    if (sections.length > 0) {
      const nested = element('ul', 'search-result__sections');
      nested.setAttribute('role', 'presentation');
      for (const sub of sections) {
        const entry = element('li', 'search-result__section');
        entry.setAttribute('role', 'presentation');
        entry.append(option(list, 'search-result__sub', sub.url, sub.title, sub.excerpt));
        nested.append(entry);
      }
      item.append(nested);
    }
    list.append(item);
  }
}

/** Moves the active option by `step` (wrapping), or to `index` when given; returns the new active option. */
export function moveActive(list: HTMLElement, input: HTMLInputElement, step: number, index?: number): HTMLAnchorElement | undefined {
  const options = [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
  if (options.length === 0) return undefined;
  const current = options.findIndex((o) => o.getAttribute('aria-selected') === 'true');
  const from = current === -1 && step < 0 ? 0 : current;
  const next = index ?? (from + step + options.length) % options.length;
  options.forEach((o, i) => o.setAttribute('aria-selected', String(i === next)));
  const active = options[next]!;
  input.setAttribute('aria-activedescendant', active.id);
  active.scrollIntoView({ block: 'nearest' });
  return active;
}

export function activeOption(list: HTMLElement): HTMLAnchorElement | null {
  return list.querySelector<HTMLAnchorElement>('[role="option"][aria-selected="true"]');
}
