// Says something to screen-reader users through the page's polite live region.
export function announce(message: string): void {
  const region = document.querySelector<HTMLElement>('[data-announcer]');
  if (!region) return;
  region.textContent = '';
  // A fresh text node after a tick is announced even when the message repeats.
  window.setTimeout(() => (region.textContent = message), 50);
}
