// The JavaScript every page loads: theme toggle, narrow-screen menu, `/` for search, the offline worker.
import { registerServiceWorker } from '../offline/register';
import { initMenu } from './menu';
import { initSearchShortcut } from './search-shortcut';
import { initTheme } from './theme';

initTheme();
initMenu();
initSearchShortcut();
registerServiceWorker();
