// Every internal link goes through here, so the site works under a base path (astro.config `base`).
import { pagePaths, shortLinkPaths } from './site-paths';

export { anchors } from './site-paths';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Path of a site page with the base path in front: href('questions/anchor-boxes/') -> '/handbook/questions/anchor-boxes/'. */
export function href(path = ''): string {
  return base + path.replace(/^\/+/, '');
}

// Pure: a browser script that needs only href() leaves both out of its bundle.
export const paths = /* @__PURE__ */ pagePaths(href);
export const shortLinks = /* @__PURE__ */ shortLinkPaths(href);
