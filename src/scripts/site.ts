// The JavaScript every page loads: theme toggle, narrow-screen menu, `/` for search, reading progress,
// ←/→ between questions, absolute link targets when printing, and the offline worker.
import { registerServiceWorker } from '../offline/register';
import { initMenu } from './menu';
import { initPrevNextKeys } from './prev-next-keys';
import { initPrintLinks } from './print-links';
import { initReadingProgress } from './reading-progress';
import { initSearchShortcut } from './search-shortcut';
import { initTheme } from './theme';

initTheme();
initMenu();
initSearchShortcut();
initReadingProgress();
initPrevNextKeys();
initPrintLinks();
registerServiceWorker();
