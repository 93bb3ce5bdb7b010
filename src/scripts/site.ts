// The JavaScript every page loads: theme toggle, narrow-screen menu and its topics' lists, the search dialog's launcher, reading
// progress, ←/→ between questions, absolute link targets when printing, and the offline worker.
import { registerServiceWorker } from '../offline/register';
import { initMenu } from './menu';
import { initPrevNextKeys } from './prev-next-keys';
import { initPrintLinks } from './print-links';
import { initReadingProgress } from './reading-progress';
import { initDeferredTopics } from './site-nav-open';
import { initSearchLauncher } from './search/launcher';
import { initTheme } from './theme';

initTheme();
initMenu();
initDeferredTopics();
initSearchLauncher();
initReadingProgress();
initPrevNextKeys();
initPrintLinks();
registerServiceWorker();
