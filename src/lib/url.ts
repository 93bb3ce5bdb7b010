// Every internal link goes through here, so the site works under a base path (astro.config `base`).

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Path of a site page with the base path in front: href('questions/anchor-boxes/') -> '/handbook/questions/anchor-boxes/'. */
export function href(path = ''): string {
  return base + path.replace(/^\/+/, '');
}

export const paths = {
  home: () => href(),
  topic: (id: string) => href(`topics/${id}/`),
  question: (slug: string) => href(`questions/${slug}/`),
  source: (id: string) => href(`sources/${id}/`),
  corrections: () => href('corrections/'),
  search: () => href('search/'),
  print: () => href('print/'),
  practice: () => href('practice/'),
  /** The question's preview card (og:image). */
  card: (n: number) => href(`cards/${n}.png`),
};

/** Short links for discussions (DESIGN.md): each redirects to its place on the question page. */
export const shortLinks = {
  /** /q/23/ -> the question. */
  question: (n: number) => href(`q/${n}/`),
  /** /q/23/b/ -> source b's answer to question 23. */
  answer: (n: number, source: string) => href(`q/${n}/${source}/`),
  /** /q/23/b/1/ -> correction 1 of question 23, which is on source b's answer. */
  correction: (n: number, source: string, id: number) => href(`q/${n}/${source}/${id}/`),
};

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
