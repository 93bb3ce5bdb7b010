// "Save for offline": reads offline.json (every file and its size), then fetches each file through the
// service worker, which caches it. When all are saved it leaves a marker, so that the worker of the next
// deploy fetches the whole new build before it replaces this one. Pagefind's filter and metadata files and its
// entry file are not in offline.json (their names change with every build): Pagefind itself loads them here.
import type { OfflineIndex } from '../../scripts/lib/offline-manifest';
import { PAGEFIND_CACHE_PREFIX, SAVED_CACHE, SAVING_HEADER, savedMarkerUrl } from './saved-marker';

/** Files fetched at once: about what a browser opens to one host. */
const PARALLEL = 6;

const megabytes = new Intl.NumberFormat('en', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
const formatBytes = (bytes: number) => megabytes.format(bytes / 1e6);

async function isSaved(scope: string): Promise<boolean> {
  return (await (await caches.open(SAVED_CACHE)).match(savedMarkerUrl(scope))) !== undefined;
}

/** Resolves once a service worker handles this page's requests (the first one claims the page on activation). */
async function controlled(): Promise<void> {
  await navigator.serviceWorker.ready;
  if (navigator.serviceWorker.controller) return;
  await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
}

/** Fetches every file (a cached one answers at once); returns the URLs that failed. */
async function fetchAll(index: OfflineIndex, scope: string, onFile: (bytes: number) => void): Promise<string[]> {
  const queue = [...index.files];
  const failed: string[] = [];
  const worker = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const response = await fetch(new URL(file.url, scope), { headers: { [SAVING_HEADER]: '1' } }).catch(() => undefined);
      if (response?.ok) await response.arrayBuffer();
      else failed.push(file.url);
      onFile(file.bytes);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return failed;
}

/**
 * Has Pagefind fetch, through the worker that caches them, what offline.json cannot name: its entry file, the
 * metadata it points at, and every filter file. Their few KB are not in the size shown.
 */
async function loadSearchIndex(): Promise<boolean> {
  const { loadEngine } = await import('../scripts/search/engine');
  return (await loadEngine()).filterValues().then(
    () => true,
    () => false,
  );
}

/** Whether the worker in charge holds Pagefind's filter files (a new deploy's worker cannot fetch them itself). */
async function searchFiltersSaved(): Promise<boolean> {
  const names = (await caches.keys()).filter((name) => name.startsWith(PAGEFIND_CACHE_PREFIX));
  const keys = await Promise.all(names.map(async (name) => (await caches.open(name)).keys()));
  return keys.flat().some((request) => new URL(request.url).pathname.includes('/pagefind/filter/'));
}

export function initSaveOffline(): void {
  const section = document.querySelector<HTMLElement>('[data-offline-save]');
  if (!import.meta.env.PROD || !section || !('serviceWorker' in navigator) || !('caches' in window)) return;
  const element = <T extends HTMLElement>(name: string) => section.querySelector<T>(`[data-offline-${name}]`)!;
  const button = element<HTMLButtonElement>('button');
  const progress = element<HTMLProgressElement>('progress');
  const count = element('count');
  const status = element('status');
  const scope = new URL(section.dataset.scope ?? '/', location.href).href;

  const showSaved = () => {
    status.textContent = 'Saved on this device: every page and the search work without a network.';
    button.textContent = 'Save again';
  };

  // The file list (about 4 KB gzip) is fetched when the section comes into view, not with the page.
  let index: Promise<OfflineIndex | undefined> | undefined;
  const loadIndex = () =>
    (index ??= fetch(section.dataset.index ?? '')
      .then((response) => (response.ok ? (response.json() as Promise<OfflineIndex>) : undefined))
      .catch(() => undefined)
      .then((list) => {
        if (list) element('size').textContent = ` (${formatBytes(list.bytes)} in ${list.files.length} files)`;
        else status.textContent = 'Saving the whole handbook needs a network connection.';
        return list;
      }));
  const visible = new IntersectionObserver((entries) => {
    if (!entries.some((entry) => entry.isIntersecting)) return;
    visible.disconnect();
    void loadIndex();
  });
  visible.observe(section);
  section.hidden = false;
  // A worker of a new deploy saved the new files but cannot name the filter files: Pagefind loads them.
  void isSaved(scope).then(async (saved) => {
    if (!saved) return;
    showSaved();
    await controlled();
    if (!(await searchFiltersSaved())) await loadSearchIndex().catch(() => false);
  });

  button.addEventListener('click', async () => {
    const list = await loadIndex();
    if (!list) return;
    button.disabled = true;
    progress.hidden = false;
    progress.value = 0;
    status.textContent = `Saving ${formatBytes(list.bytes)}…`;
    await controlled();
    let bytes = 0;
    const failed = await fetchAll(list, scope, (fileBytes) => {
      bytes += fileBytes;
      progress.value = bytes / list.bytes;
      count.textContent = `${formatBytes(bytes)} of ${formatBytes(list.bytes)}`;
    });
    if (!(await loadSearchIndex().catch(() => false))) failed.push('pagefind/');
    button.disabled = false;
    if (failed.length > 0) {
      status.textContent = `${failed.length} of ${list.files.length} files could not be fetched (is the network down?). Try again.`;
      return;
    }
    await (await caches.open(SAVED_CACHE)).put(savedMarkerUrl(scope), new Response('saved'));
    progress.hidden = true;
    count.textContent = '';
    showSaved();
  });
}
