// The flagged passage a click or Space activates, if its correction is on this page; a click with a
// modifier key (new tab, new window) is left to the browser.
export function activatedFlag(event: Event): HTMLAnchorElement | null {
  const { type, key, ctrlKey, metaKey, shiftKey, altKey, target } = event as KeyboardEvent;
  if ((type !== 'click' && key !== ' ') || ctrlKey || metaKey || shiftKey || altKey) return null;
  const link = (target as Element).closest?.<HTMLAnchorElement>('.flag>a');
  return link && document.getElementById(link.hash.slice(1)) ? link : null;
}
