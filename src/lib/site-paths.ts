// The site's URL scheme, for whichever base path `href` puts in front: src/lib/url.ts applies it to the site
// being built (import.meta.env), and short-link-pages.ts, which runs outside Astro's pages, to astro.config's
// base path.

type Href = (path: string) => string;

export function pagePaths(href: Href) {
  return {
    home: () => href(''),
    topic: (id: string) => href(`topics/${id}/`),
    question: (slug: string) => href(`questions/${slug}/`),
    source: (id: string) => href(`sources/${id}/`),
    corrections: () => href('corrections/'),
    search: () => href('search/'),
    print: () => href('print/'),
    /** A topic's print page, in a handbook that prints one topic a page (print-pages.ts). */
    printTopic: (id: string) => href(`print/${id}/`),
    practice: () => href('practice/'),
    /** The question's preview card (og:image). */
    card: (n: number) => href(`cards/${n}.png`),
  };
}

/** Short links for discussions (DESIGN.md): each redirects to its place on the question page. */
export function shortLinkPaths(href: Href) {
  return {
    /** /q/23/ -> the question. */
    question: (n: number) => href(`q/${n}/`),
    /** /q/23/b/ -> source b's answer to question 23. */
    answer: (n: number, source: string) => href(`q/${n}/${source}/`),
    /** /q/23/b/1/ -> correction 1 of question 23, which is on source b's answer. */
    correction: (n: number, source: string, id: number) => href(`q/${n}/${source}/${id}/`),
  };
}

/**
 * Every short link's route with where it leads ({ 'q/23/b/': 'questions/anchor-boxes/#source-b' }), in the build's
 * root: the service worker answers short links from it offline (src/offline/short-link-route.ts).
 */
export const SHORT_LINK_TARGETS = 'short-links.json';

/** Anchors on a question page: part of the public URL contract (DESIGN.md). */
export const anchors = {
  keyPoints: 'key-points',
  answer: (source: string) => `source-${source}`,
  keyPoint: (id: number) => `key-point-${id}`,
  disagreement: (id: number) => `disagreement-${id}`,
  correction: (id: number) => `correction-${id}`,
  flag: (id: number) => `flag-${id}`,
  reference: (key: string) => `ref-${key}`,
};
