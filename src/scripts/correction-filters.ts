// Filters the corrections page by kind and source; the choice is kept in the URL (?kind=…&source=…)
// so a filtered view can be shared.
const form = document.querySelector<HTMLFormElement>('[data-correction-filters]');

if (form) {
  const cards = [...document.querySelectorAll<HTMLElement>('.correction[data-kind]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-correction-group]')];
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const empty = document.querySelector<HTMLElement>('[data-filter-empty]');
  const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const checked = (name: string) => new Set(boxes(name).filter((box) => box.checked).map((box) => box.value));

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    for (const name of ['kind', 'source']) {
      const wanted = params.get(name);
      if (wanted === null) continue;
      const values = new Set(wanted.split(',').filter(Boolean));
      for (const box of boxes(name)) box.checked = values.has(box.value);
    }
  };

  const writeUrl = () => {
    const url = new URL(location.href);
    for (const name of ['kind', 'source']) {
      const all = boxes(name);
      const on = all.filter((box) => box.checked).map((box) => box.value);
      if (on.length === all.length) url.searchParams.delete(name);
      else url.searchParams.set(name, on.join(','));
    }
    history.replaceState(null, '', url);
  };

  const apply = () => {
    const kinds = checked('kind');
    const sources = checked('source');
    let shown = 0;
    for (const card of cards) {
      const visible = kinds.has(card.dataset.kind ?? '') && sources.has(card.dataset.source ?? '');
      card.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('.correction[data-kind]:not([hidden])');
    if (status) {
      status.textContent =
        shown === cards.length ? `Showing all ${cards.length} corrections.` : `Showing ${shown} of ${cards.length} corrections.`;
    }
    if (empty) empty.hidden = shown > 0;
  };

  form.addEventListener('change', () => {
    apply();
    writeUrl();
  });
  form.addEventListener('reset', () =>
    // The reset happens after this event: apply once the boxes are back to checked.
    window.setTimeout(() => {
      apply();
      writeUrl();
    }),
  );
  form.addEventListener('submit', (event) => event.preventDefault());
  readUrl();
  apply();
  form.hidden = false;
}
