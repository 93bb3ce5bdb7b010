// Copy-link buttons: put the absolute URL of an answer or correction on the clipboard and say so.
import { announce } from './announce';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard access (an insecure origin, or permission refused): show the link to copy by hand.
    window.prompt('Copy this link:', text);
    return false;
  }
}

document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('[data-copy-anchor]') : null;
  if (!button) return;
  const url = `${location.origin}${location.pathname}#${button.dataset.copyAnchor ?? ''}`;
  const label = button.querySelector('.copy-link__label');
  const copied = await copy(url);
  button.dataset.copied = String(copied);
  if (label) label.textContent = copied ? 'Copied' : 'Copy link';
  announce(copied ? `Link to ${button.dataset.copyWhat ?? 'this section'} copied` : `Could not copy. The link is ${url}`);
  window.setTimeout(() => {
    delete button.dataset.copied;
    if (label) label.textContent = 'Copy link';
  }, 2500);
});
