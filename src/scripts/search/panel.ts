// The search panel: a combobox input, filters, a status line, "Did you mean …" and the results. The
// dialog wraps it; the search page (/search/?q=) shows it inline.
import { FEW_RESULTS, loadEngine, type Engine, type Filters, type Found } from './engine';
import { activeOption, appendResults, moveActive, renderResults } from './results-view';

/** The filters offered, by Pagefind filter name, with the label and the "no filter" choice. */
const FILTERS = [
  { name: 'topic', label: 'Topic', any: 'All topics' },
  { name: 'source', label: 'Answered by', any: 'Any source' },
  { name: 'corrections', label: 'Corrections', any: 'Any or none' },
] as const;

/** A pause in typing longer than a keystroke's, after which the reader is reading the results. */
const TYPING_PAUSE_MS = 200;

export interface Panel {
  root: HTMLElement;
  input: HTMLInputElement;
  search(query: string): void;
}

function build(id: string): { root: HTMLElement; input: HTMLInputElement; filters: HTMLDetailsElement; status: HTMLElement; suggestion: HTMLElement; list: HTMLElement; more: HTMLButtonElement } {
  const root = document.createElement('div');
  root.className = 'search-panel';
  const label = Object.assign(document.createElement('label'), { htmlFor: `${id}-input`, className: 'visually-hidden', textContent: 'Search the handbook' });
  const input = Object.assign(document.createElement('input'), {
    id: `${id}-input`, type: 'search', className: 'search-panel__input', autocomplete: 'off', spellcheck: false,
    placeholder: 'Search answers, key points and corrections', enterKeyHint: 'go',
  });
  const list = Object.assign(document.createElement('ul'), { id: `${id}-results`, className: 'search-panel__results' });
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Results');
  Object.entries({ role: 'combobox', 'aria-autocomplete': 'list', 'aria-controls': list.id, 'aria-expanded': 'false' }).forEach(([k, v]) => input.setAttribute(k, v));
  // Collapsed until the reader opens it: the filters' values (an index that grows with the handbook) load then.
  const filters = Object.assign(document.createElement('details'), { className: 'search-panel__filters' });
  filters.append(Object.assign(document.createElement('summary'), { textContent: 'Filters' }));
  const status = Object.assign(document.createElement('p'), { className: 'search-panel__status' });
  status.setAttribute('role', 'status');
  const suggestion = Object.assign(document.createElement('p'), { className: 'search-panel__suggestion', hidden: true });
  const more = Object.assign(document.createElement('button'), { type: 'button', className: 'search-panel__more', textContent: 'Show more results', hidden: true });
  root.append(label, input, filters, status, suggestion, list, more);
  return { root, input, filters, status, suggestion, list, more };
}

async function addFilters(engine: Engine, container: HTMLElement, id: string, onChange: () => void): Promise<void> {
  const values = await engine.filterValues();
  const group = Object.assign(document.createElement('div'), { className: 'search-panel__filter-group' });
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', 'Filters');
  for (const filter of FILTERS) {
    const names = Object.keys(values[filter.name] ?? {}).sort();
    if (names.length === 0) continue;
    const select = Object.assign(document.createElement('select'), { id: `${id}-${filter.name}`, className: 'search-panel__filter' });
    select.dataset.filter = filter.name;
    select.append(new Option(filter.any, ''), ...names.map((name) => new Option(name, name)));
    select.addEventListener('change', onChange);
    const label = Object.assign(document.createElement('label'), { htmlFor: select.id, textContent: filter.label });
    const field = Object.assign(document.createElement('span'), { className: 'search-panel__field' });
    field.append(label, select);
    group.append(field);
  }
  container.append(group);
}

function chosenFilters(container: HTMLElement): Filters {
  const chosen: Filters = {};
  for (const select of container.querySelectorAll('select')) if (select.value) chosen[select.dataset.filter!] = select.value;
  return chosen;
}

/** Creates a panel; `onQuery` hears every query searched (the search page keeps it in the URL). */
export function createPanel(id: string, onQuery: (query: string) => void = () => {}): Panel {
  const { root, input, filters, status, suggestion, list, more } = build(id);
  let latest = 0;
  /** The results on screen and how many of them are listed. */
  let listed: { found: Found; count: number } | undefined;
  const engineReady = loadEngine();
  let filtersAdded: Promise<void> | undefined;
  filters.addEventListener('toggle', () => {
    if (filters.open) filtersAdded ??= engineReady.then((engine) => addFilters(engine, filters, id, onFilterChange));
  });
  const summary = filters.querySelector('summary')!;
  function onFilterChange(): void {
    const on = Object.keys(chosenFilters(filters)).length;
    // Still says which filters are on when the reader has folded them away.
    summary.textContent = on === 0 ? 'Filters' : `Filters (${on} on)`;
    void run();
  }

  function show(query: string, shown: string, found: Found | undefined): void {
    const { pages = 0, results = [] } = found ?? {};
    list.removeAttribute('aria-busy');
    listed = found && { found, count: results.length };
    renderResults(list, results);
    more.hidden = results.length >= pages;
    input.removeAttribute('aria-activedescendant');
    input.setAttribute('aria-expanded', String(results.length > 0));
    if (!query) {
      status.textContent = '';
      return;
    }
    const count = pages === 1 ? '1 result' : `${pages} results`;
    status.textContent = shown === query ? `${count} for “${query}”` : `Showing ${count} for “${shown}”, not “${query}”.`;
  }

  /** "Did you mean <query>?" or "Search instead for <query>": a button that searches `query` as typed. */
  function offer(query: string | undefined, before = 'Did you mean ', after = '?'): void {
    suggestion.replaceChildren();
    suggestion.hidden = !query;
    if (!query) return;
    const button = Object.assign(document.createElement('button'), { type: 'button', className: 'search-panel__suggest', textContent: query });
    button.addEventListener('click', () => {
      input.value = query;
      input.focus();
      void run(true);
    });
    suggestion.append(before, button, after);
  }

  /**
   * Searches the input. Unless `literal`, a misspelt query is corrected: one that finds little when the correction
   * finds more, one that finds pages anyway when the correction finds as many.
   */
  async function run(literal = false): Promise<void> {
    const query = input.value.trim();
    const ticket = ++latest;
    onQuery(query);
    if (!query) {
      show(query, query, undefined);
      offer(undefined);
      return;
    }
    const engine = await engineReady;
    const chosen = chosenFilters(filters);
    const found = await engine.find(query, chosen);
    if (ticket !== latest) return;
    if (literal || found.pages >= FEW_RESULTS) {
      offer(undefined);
      show(query, query, found);
      if (!literal) {
        // A misspelt word can still find pages, by the query's other words or by a shorter start of itself. Once
        // the results are on screen (the list busy meanwhile), its correction's replace them when they are as many:
        // a word a reader means, such as "fight", is not the handbook's "right" when that finds fewer.
        list.setAttribute('aria-busy', 'true');
        const fixed = await engine.correct(query, found);
        const corrected = fixed ? await engine.find(fixed, chosen) : undefined;
        if (ticket !== latest) return;
        if (fixed && corrected && corrected.pages >= found.pages) return showCorrected(query, fixed, corrected, ticket);
      }
      if (found.wider) await widen(found.wider, query, query, ticket);
      else list.removeAttribute('aria-busy');
      return;
    }
    // Few pages: probably a typo. Show the corrected query's results when they are more.
    const suggested = await engine.suggest(query);
    const corrected = suggested ? await engine.find(suggested, chosen) : undefined;
    if (ticket !== latest) return;
    if (suggested && corrected && corrected.pages > found.pages) return showCorrected(query, suggested, corrected, ticket);
    offer(suggested);
    show(query, query, found);
  }

  /** Shows the results for `fixed`, the query corrected, with a button to search `query` as typed instead. */
  async function showCorrected(query: string, fixed: string, corrected: Found, ticket: number): Promise<void> {
    offer(query, 'Search instead for ', '');
    show(query, fixed, corrected);
    if (corrected.wider) await widen(corrected.wider, query, fixed, ticket);
  }

  /** Shows the results for `shown` with its variants' pages merged in (Found.wider); the list is busy until then. */
  async function widen(wider: NonNullable<Found['wider']>, query: string, shown: string, ticket: number): Promise<void> {
    list.setAttribute('aria-busy', 'true');
    // Not while the reader types on: their next keystroke's search would wait behind the variants' searches.
    await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS));
    if (ticket !== latest) return;
    const found = await wider(() => ticket !== latest);
    if (!found || ticket !== latest) return;
    // The reader may have moved through the list or shown more results meanwhile: the merged list keeps both.
    // A result is the same passage when its page and anchor are: the highlighted words may differ after the merge.
    const passage = (option: HTMLAnchorElement | null) => option && option.pathname + option.hash;
    const active = passage(activeOption(list));
    const count = listed?.count ?? 0;
    show(query, shown, found);
    while ((listed?.count ?? count) < count && (await listMore()));
    const options = [...list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
    const index = options.findIndex((option) => passage(option) === active);
    if (ticket === latest && index !== -1) moveActive(list, input, 0, index);
  }

  /** Lists the next results below those on screen; false when there are none, or when the list changed meanwhile. */
  async function listMore(): Promise<boolean> {
    const shown = listed;
    if (!shown || shown.count >= shown.found.pages) return false;
    const next = await shown.found.more(shown.count);
    if (listed !== shown) return false;
    appendResults(list, next);
    shown.count += next.length;
    more.hidden = shown.count >= shown.found.pages;
    return next.length > 0;
  }

  more.addEventListener('click', async () => {
    const first = list.querySelectorAll('[role="option"]').length;
    if (!(await listMore())) return;
    // Back in the field, on the first new result: arrow keys and Enter carry on from there.
    input.focus();
    moveActive(list, input, 0, first);
  });
  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveActive(list, input, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      const chosen = activeOption(list) ?? list.querySelector<HTMLAnchorElement>('[role="option"]');
      if (!chosen) return;
      event.preventDefault();
      chosen.click();
    }
  });
  list.addEventListener('pointermove', (event) => {
    const option = (event.target as Element).closest<HTMLAnchorElement>('[role="option"]');
    if (option && option.getAttribute('aria-selected') !== 'true') {
      moveActive(list, input, 0, [...list.querySelectorAll('[role="option"]')].indexOf(option));
    }
  });

  return {
    root,
    input,
    search(query) {
      input.value = query;
      void run();
    },
  };
}
