// Short links written outside Astro's pages: one page's HTML read back as a browser parses it (every value
// exactly as given, whatever it holds, and nothing else that runs or shows), and every short link of the
// fixture handbook from its data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseHtml, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { toHandbookJson } from '../../scripts/lib/handbook-json.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { REDIRECT_SCRIPT, renderShortLink, type ShortLink } from '../../src/lib/short-link-html.ts';
import { shortLinkPages } from '../../src/lib/short-link-pages.ts';
import { FIXTURES } from './helpers.ts';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

interface Case {
  name: string;
  site: string;
  link: ShortLink;
  destination: string;
}

const cases: Case[] = parse(readFileSync(join(FIXTURES, 'short-links', 'cases.yaml'), 'utf8'));

function elements(node: Node): Element[] {
  const children = 'childNodes' in node ? node.childNodes : [];
  const own = 'tagName' in node ? [node] : [];
  return [...own, ...children.flatMap(elements), ...('content' in node ? elements(node.content) : [])];
}

const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
const text = (node: Node): string => ('value' in node ? node.value : 'childNodes' in node ? node.childNodes.map(text).join('') : '');

/** The page as a browser reads it: its elements, and its <meta> tags by property or name. */
function read(html: string) {
  const all = elements(parseHtml(html));
  const meta = new Map(all.filter((e) => e.tagName === 'meta' && (attr(e, 'property') ?? attr(e, 'name'))).map((e) => [attr(e, 'property') ?? attr(e, 'name'), attr(e, 'content')]));
  return { all, meta, byTag: (tag: string) => all.filter((e) => e.tagName === tag) };
}

describe('a short link page', () => {
  test.each(cases)('$name', ({ site, link, destination }) => {
    const html = renderShortLink(link, site);
    const { all, meta, byTag } = read(html);
    const absolute = (path: string) => new URL(path, site).href;

    expect(text(byTag('title')[0]!)).toBe(link.title);
    expect(byTag('link').map((e) => [attr(e, 'rel'), attr(e, 'href')])).toEqual([['canonical', absolute(link.target)]]);
    expect(meta.get('robots')).toBe('noindex');
    expect(meta.get('og:title')).toBe(link.title);
    expect(meta.get('og:description')).toBe(link.description);
    expect(meta.get('og:url')).toBe(absolute(link.path));
    expect(meta.get('og:image')).toBe(absolute(link.image.path));
    expect(meta.get('og:image:alt')).toBe(link.image.alt);
    expect(meta.get('twitter:image:alt')).toBe(link.image.alt);
    expect(meta.get('twitter:card')).toBe('summary_large_image');
    // X reads these from the og: tags.
    for (const name of ['twitter:title', 'twitter:description', 'twitter:image']) expect(meta.has(name)).toBe(false);

    // The redirect: the one script, its text always the same (its hash is in the CSP), and the refresh.
    const scripts = byTag('script');
    expect(scripts.map(text)).toEqual([REDIRECT_SCRIPT]);
    expect(attr(scripts[0]!, 'data-target')).toBe(link.target);
    expect(attr(scripts[0]!, 'data-anchor')).toBe(link.anchor ? `#${link.anchor}` : '');
    const refresh = all.filter((e) => attr(e, 'http-equiv') === 'refresh').map((e) => attr(e, 'content'));
    expect(refresh).toEqual([`0; url=${destination}`]);

    // What a reader without the redirect sees: one link to the destination, named by the title.
    const links = byTag('a');
    expect(links.map((a) => [attr(a, 'href'), text(a)])).toEqual([[destination, link.title]]);
    expect(text(byTag('body')[0]!)).toBe(`This short link leads to ${link.title}.`);

    // Nothing else: no element or attribute smuggled in by a value.
    expect(all.every((e) => e.attrs.every((a) => !a.name.startsWith('on')))).toBe(true);
    expect(new Set(all.map((e) => e.tagName))).toEqual(new Set(['html', 'head', 'meta', 'title', 'link', 'script', 'body', 'p', 'a']));
    expect(html).not.toMatch(/\s{2}|>\s+</);
  });
});

describe('every short link of a handbook', () => {
  const content = loadContent(join(FIXTURES, 'handbook'));
  const handbook = toHandbookJson(content);

  test.each([
    ['at the root', '/'],
    ['under a base path', '/handbook/'],
  ])('%s', (_name, base) => {
    const pages = [...shortLinkPages(handbook, { base, site: 'https://h.example' })];
    const expected = handbook.questions.flatMap((q) => [
      `q/${q.n}/`,
      ...q.answers.map((a) => `q/${q.n}/${a.source}/`),
      ...q.corrections.map((c) => `q/${q.n}/${c.source}/${c.id}/`),
    ]);
    expect(expected.length).toBe(handbook.questions.length + handbook.questions.reduce((sum, q) => sum + q.answers.length + q.corrections.length, 0));
    expect(pages.map((page) => page.route)).toEqual(expected);
    for (const page of pages) {
      const { meta, all } = read(page.html);
      expect(meta.get('og:url')).toBe(`https://h.example${base}${page.route}`);
      // Where it leads offline (short-links.json) is where its page leads.
      const refresh = all.find((e) => attr(e, 'http-equiv') === 'refresh');
      expect(attr(refresh!, 'content')).toBe(`0; url=${base}${page.destination}`);
      expect(meta.get('og:image')).toMatch(new RegExp(`^https://h\\.example${base}cards/\\d+\\.png$`));
    }
  });

  // "Not yet reviewed" is said of exactly the questions that have no editorial file.
  test.each(content.questions.map((q) => [q.entry.n, q.editorial !== null] as const))('question %i reviewed: %s', (n, reviewed) => {
    const page = [...shortLinkPages(handbook, { base: '/', site: 'https://h.example' })].find((p) => p.route === `q/${n}/`)!;
    expect(read(page.html).meta.get('og:description')!.includes('not yet reviewed')).toBe(!reviewed);
  });
});
