// The JavaScript every page loads: theme toggle, narrow-screen menu, the search dialog's launcher.
import { initMenu } from './menu';
import { initSearchLauncher } from './search/launcher';
import { initTheme } from './theme';

initTheme();
initMenu();
initSearchLauncher();
