// Every internal link and anchor in the built site resolves, at the root and under a base path; every
// page has its title, description, canonical link and Open Graph/Twitter tags; the sitemap lists pages.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { builtPages, fileFor, idsOf, linksOf } from './support/crawl';
import { frontmatter, questions } from './support/content';
import { sites } from './support/sites';

const SITE = new URL(process.env.SITE_URL || 'https://cv-interview-handbook.example.org');

for (const [name, site] of Object.entries(sites)) {
  test.describe(`the build ${name === 'root' ? 'at the root' : `under ${site.base}`}`, () => {
    // Read in the tests, not here: global-setup makes the base-path build after the tests are listed.
    let cache: ReturnType<typeof builtPages> | undefined;
    const loadPages = () => (cache ??= builtPages(site.dir, site.base));

    test('has no broken internal links or anchors', () => {
      const pages = loadPages();
      const byFile = new Map(pages.map((page) => [page.file, page]));
      expect(pages.length).toBeGreaterThan(questions.length);
      const broken: string[] = [];
      let checked = 0;
      for (const page of pages) {
        const pageUrl = new URL(page.path, 'http://site.invalid');
        for (const link of linksOf(page.html)) {
          if (/^(mailto|tel|data|javascript):/.test(link)) continue;
          const url = new URL(link, pageUrl);
          // Absolute links to the published site (canonical, og:url) must name real pages too.
          const internal = url.host === 'site.invalid' || url.host === SITE.host;
          if (!internal) continue;
          checked += 1;
          const file = fileFor(site.dir, site.base, url.pathname);
          if (!file) {
            broken.push(`${page.path}: ${link} (no such file)`);
            continue;
          }
          const anchor = decodeURIComponent(url.hash.slice(1));
          if (anchor && file.endsWith('.html')) {
            const target = byFile.get(file);
            if (!target || !idsOf(target.html).has(anchor)) broken.push(`${page.path}: ${link} (no id "${anchor}")`);
          }
        }
      }
      expect(checked).toBeGreaterThan(pages.length * 10);
      expect(broken).toEqual([]);
    });

    test('every page has a title, description, canonical link and social tags', () => {
      const pages = loadPages();
      const missing: string[] = [];
      for (const page of pages) {
        const redirect = page.html.includes('http-equiv="refresh"');
        const need = redirect
          ? [/<title>[^<]+<\/title>/, /<link rel="canonical" href="[^"]+"/]
          : [
              /<title>[^<]+<\/title>/,
              /<meta name="description" content="[^"]+"/,
              /<meta property="og:title" content="[^"]+"/,
              /<meta property="og:description" content="[^"]+"/,
              /<meta name="twitter:card" content="summary(_large_image)?"/,
              /<meta name="twitter:title" content="[^"]+"/,
              /<meta name="twitter:description" content="[^"]+"/,
              ...(page.path.endsWith('404.html') ? [] : [/<link rel="canonical" href="[^"]+"/, /<meta property="og:url" content="[^"]+"/]),
            ];
        for (const pattern of need) if (!pattern.test(page.html)) missing.push(`${page.path}: ${pattern.source}`);
      }
      expect(missing).toEqual([]);
    });

    test('a question page unfurls as the question, described by its first key point', () => {
      const pages = loadPages();
      const q = questions[0]!;
      const page = pages.find((p) => p.path === `${site.base}questions/${q.slug}/`);
      expect(page, `page for ${q.slug}`).toBeDefined();
      const meta = (attr: string, key: string) =>
        new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(page!.html)?.[1]?.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
      const description = frontmatter(q.n).description;
      expect(meta('property', 'og:title')).toContain(q.title);
      expect(meta('property', 'og:description')).toBe(description);
      expect(meta('name', 'description')).toBe(description);
      expect(meta('property', 'og:url')).toBe(new URL(`${site.base}questions/${q.slug}/`, SITE).href);
    });

    test('the sitemap lists every question page and no short link', () => {
      const index = readFileSync(`${site.dir}/sitemap.xml`, 'utf8');
      const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(site.base.length));
      const urls = sitemaps.flatMap((file) =>
        [...readFileSync(`${site.dir}/${file}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
      );
      for (const q of questions) expect(urls).toContain(`${site.base}questions/${q.slug}/`);
      expect(urls.filter((u) => u.includes('/q/'))).toEqual([]);
      for (const url of urls) expect(fileFor(site.dir, site.base, url), url).toBeDefined();
    });
  });
}
