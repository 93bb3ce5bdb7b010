// Opening a topic the navigation lists by title alone fetches its questions. The code that does it,
// site-nav-topics.ts, loads only then: bundled on its own and imported by URL, as the correction dialog is
// (flag-popover.ts), so that no page carries Vite's module-preload helper for it.
import topicListsScript from './site-nav-topics.ts?worker&url';

export function initDeferredTopics(): void {
  const nav = document.querySelector<HTMLElement>('[data-site-nav]');
  if (!nav?.querySelector('[data-nav-topic]')) return;
  // `toggle` does not bubble: listen while it descends.
  const load = (event: Event) => {
    const details = event.target;
    if (!(details instanceof HTMLDetailsElement && details.open && details.dataset.navTopic)) return;
    nav.removeEventListener('toggle', load, true);
    // The module fills the topics open by then and takes over; if it fails to load, the next opening tries again.
    import(/* @vite-ignore */ topicListsScript).catch(() => nav.addEventListener('toggle', load, true));
  };
  nav.addEventListener('toggle', load, true);
}
