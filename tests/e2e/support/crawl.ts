// Reads a built site from disk: its pages, the links and ids in each, and whether a link resolves to a
// file (and an anchor in it). No browser needed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface BuiltPage {
  /** URL path of the page, with the base path: '/handbook/questions/x/'. */
  path: string;
  file: string;
  html: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

export function builtPages(dir: string, base: string): BuiltPage[] {
  return walk(dir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const rel = relative(dir, file).split('\\').join('/');
      const path = base + (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      return { path, file, html: readFileSync(file, 'utf8') };
    });
}

const decode = (value: string) =>
  value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

/** Every URL a page points to: href, src, the target of a meta refresh, and the URLs of its social tags. */
export function linksOf(html: string): string[] {
  const links = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decode(m[1]!));
  for (const m of html.matchAll(/<meta http-equiv="refresh" content="\d+;\s*url=([^"]*)"/g)) links.push(decode(m[1]!));
  for (const [key, value] of metaOf(html)) if (/:(url|image)$/.test(key)) links.push(value);
  return links;
}

/** The page's <meta> tags by property or name (og:title, twitter:card, description…), as an unfurler reads them. */
export function metaOf(html: string): Map<string, string> {
  const tags = html.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g);
  return new Map([...tags].map((m) => [m[1]!, decode(m[2]!)]));
}

export function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));
}

/** The file a URL path names in the build, if any (directories serve their index.html). */
export function fileFor(dir: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const rest = decodeURIComponent(urlPath.slice(base.length));
  const candidates = rest === '' || rest.endsWith('/') ? [join(dir, rest, 'index.html')] : [join(dir, rest), join(dir, rest, 'index.html')];
  return candidates.find((file) => {
    try {
      return statSync(file).isFile();
    } catch {
      return false;
    }
  });
}
