// Open Graph and Twitter tags: what a pasted link unfurls into in a chat, an issue or a forum. Listed here
// once for both writers of them: OpenGraphTags.astro (every page) and short-link-html.ts (short links).
import { CARD_HEIGHT, CARD_WIDTH, SITE_NAME } from './card';
import type { PreviewImage } from './link-preview';

export interface OpenGraph {
  title: string;
  description: string;
  type?: 'website' | 'article';
  /** Path (with base) of the URL the preview stands for; none for pages without a canonical address. */
  urlPath?: string;
  /** The preview card; without one, unfurlers show a plain summary. */
  image?: PreviewImage;
  /**
   * Leave out the twitter: tags X reads from the og: tags when they are missing (title, description, image),
   * for pages written by the thousand (short links); the image's alt text has no such fallback.
   */
  ogFallback?: boolean;
}

/** One <meta> tag: `property` for Open Graph, `name` for Twitter. */
export interface MetaTag {
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

/** The tags in the order they are written; unfurlers read the raw HTML and need absolute URLs. */
export function openGraphTags(
  { title, description, type = 'website', urlPath, image, ogFallback = false }: OpenGraph,
  absolute: (path: string) => string,
): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key: `og:${key}`, content });
  const twitter = (key: string, content: string): MetaTag => ({ attribute: 'name', key: `twitter:${key}`, content });
  return [
    og('site_name', SITE_NAME),
    og('type', type),
    og('title', title),
    og('description', description),
    ...(urlPath ? [og('url', absolute(urlPath))] : []),
    og('locale', 'en'),
    ...(image
      ? [
          og('image', absolute(image.path)),
          og('image:type', 'image/png'),
          og('image:width', String(CARD_WIDTH)),
          og('image:height', String(CARD_HEIGHT)),
          og('image:alt', image.alt),
        ]
      : []),
    twitter('card', image ? 'summary_large_image' : 'summary'),
    ...(ogFallback ? [] : [twitter('title', title), twitter('description', description)]),
    ...(image && !ogFallback ? [twitter('image', absolute(image.path))] : []),
    ...(image ? [twitter('image:alt', image.alt)] : []),
  ];
}
