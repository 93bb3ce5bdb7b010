// Activating a flagged passage (click, Enter or Space on its link) shows its correction in place. The
// dialog's code loads on the first activation, then takes over and replays it; without JavaScript, or if
// the code fails to load, the link still leads to the correction further down the page.
// `?worker&url` only makes Vite bundle the module on its own and give its URL: a plain import() would
// also put Vite's preload helper (0.5 KiB gzip) on every question page.
import dialogScript from './correction-dialog.ts?worker&url';
import { activatedFlag } from './flag-activation';

function load(event: Event): void {
  const link = activatedFlag(event);
  if (!link) return;
  event.preventDefault();
  document.removeEventListener('click', load);
  document.removeEventListener('keydown', load);
  import(/* @vite-ignore */ dialogScript).then(
    () => link.click(),
    () => (location.hash = link.hash),
  );
}

document.addEventListener('click', load);
document.addEventListener('keydown', load);
