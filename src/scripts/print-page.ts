// The one script a print page loads (layouts/BaseLayout.astro's `script`): the site's and the copy buttons of the
// questions it holds.
import './site';
import './copy-buttons';
import './copy-link';
