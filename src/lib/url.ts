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
  practice: () => href('practice/'),
  shortLink: (n: number, source?: string) => href(source ? `q/${n}/${source}/` : `q/${n}/`),
};

/** Anchors on a question page: part of the public URL contract (DESIGN.md). */
export const anchors = {
  keyPoints: 'key-points',
  answer: (source: string) => `source-${source}`,
  correction: (id: number) => `correction-${id}`,
  flag: (id: number) => `flag-${id}`,
  reference: (key: string) => `ref-${key}`,
};
