// The theme toggle: flips between light and dark and remembers the choice (ThemeScript applies it on
// the next page before the first paint). Without a stored choice the site follows the system.
const root = document.documentElement;
const systemDark = window.matchMedia('(prefers-color-scheme: dark)');

function effectiveTheme(): 'light' | 'dark' {
  const chosen = root.getAttribute('data-theme');
  if (chosen === 'light' || chosen === 'dark') return chosen;
  return systemDark.matches ? 'dark' : 'light';
}

function reflect(): void {
  const dark = effectiveTheme() === 'dark';
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    button.setAttribute('aria-pressed', String(dark));
  }
}

export function initTheme(): void {
  reflect();
  systemDark.addEventListener('change', reflect);
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return;
    const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    root.setAttribute('data-theme', next);
    try {
      localStorage.setItem('theme', next);
    } catch {
      // Storage may be unavailable (private mode); the choice then lasts for this page only.
    }
    reflect();
  });
}
