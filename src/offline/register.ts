// Registers the service worker (sw.js, written by scripts/offline.ts) once the page has loaded, so that it
// never competes with the page for the network.
import { href } from '../lib/url';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  addEventListener('load', () => {
    // A build made without scripts/offline.ts has no worker: the site then simply works online only.
    navigator.serviceWorker.register(href('sw.js'), { scope: href() }).catch(() => undefined);
  });
}
