// One short link's page (/q/<n>/, /q/<n>/<source>/, /q/<n>/<source>/<id>/) as HTML: a meta refresh to the
// canonical page and anchor, a tiny inline script so that a hash on the short link (e.g. #correction-2)
// survives the redirect, a link for readers whose browser does neither, and the Open Graph tags that make a
// pasted short link unfurl as what it points to (unfurlers do not redirect). The same function writes the
// build's files and answers the dev server (short-links.mjs). There are ten or so per question, so a page
// carries no byte an unfurler or a reader cannot use: no whitespace, no viewport (the page is left at once),
// none of the twitter: tags X reads from the og: tags when they are missing.
import { escapeAttribute, escapeText } from 'entities';
import type { Unfurl } from './link-preview';
import { openGraphTags } from './open-graph';

/**
 * Reads its target and default anchor from data attributes, so that its text, and with it its hash in the
 * CSP (public/_headers), is the same on every short link.
 */
export const REDIRECT_SCRIPT = "(function(d){location.replace(d.target+(location.hash.length>1?location.hash:d.anchor||''))})(document.currentScript.dataset)";

export interface ShortLink extends Unfurl {
  /** The short link's own path, with the base path. */
  path: string;
  /** Path of the canonical page, with the base path. */
  target: string;
  /** Anchor to open when the short link carries none ('' for the top of the page). */
  anchor: string;
}

/** The page of one short link; `site` is the address absolute URLs are made from (astro.config `site`). */
export function renderShortLink({ path, target, anchor, title, description, image }: ShortLink, site: string): string {
  const absolute = (to: string) => new URL(to, site).href;
  const destination = escapeAttribute(anchor ? `${target}#${anchor}` : target);
  const tags = openGraphTags({ title, description, urlPath: path, image, ogFallback: true }, absolute);
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeText(title)}</title>`,
    `<link rel="canonical" href="${escapeAttribute(absolute(target))}">`,
    '<meta name="robots" content="noindex">',
    ...tags.map((tag) => `<meta ${tag.attribute}="${tag.key}" content="${escapeAttribute(tag.content)}">`),
    `<script data-target="${escapeAttribute(target)}" data-anchor="${anchor && escapeAttribute(`#${anchor}`)}">${REDIRECT_SCRIPT}</script>`,
    `<meta http-equiv="refresh" content="0; url=${destination}">`,
    `</head><body><p>This short link leads to <a href="${destination}">${escapeText(title)}</a>.</p></body></html>`,
  ].join('');
}
