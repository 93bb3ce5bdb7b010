// The one script a question page loads (layouts/BaseLayout.astro's `script`): the site's, the copy buttons, and the
// search highlights and correction dialog. One file rather than one a component: 489 B less gzip and three requests
// fewer than Astro's four module scripts.
import './site';
import './copy-buttons';
import './copy-link';
import './highlight';
import './flag-popover';
