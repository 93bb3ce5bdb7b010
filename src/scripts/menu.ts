// The narrow-screen menu: a disclosure button that shows the topic navigation. It traps nothing:
// Escape, the button, following a link, or moving focus out of it closes it.
export function initMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
  const nav = document.querySelector<HTMLElement>('[data-site-nav]');
  if (!button || !nav) return;

  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    nav.toggleAttribute('data-open', open);
  };

  button.addEventListener('click', () => setOpen(!isOpen()));
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !isOpen()) return;
    setOpen(false);
    button.focus();
  });
  nav.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) setOpen(false);
  });
  // The button comes right before the menu in tab order; leaving the menu for anything else closes it.
  nav.addEventListener('focusout', (event) => {
    const next = event.relatedTarget;
    if (isOpen() && next instanceof Node && !nav.contains(next) && next !== button) setOpen(false);
  });
  // The sidebar of wide screens needs no open state.
  window.matchMedia('(min-width: 64rem)').addEventListener('change', () => setOpen(false));
}
