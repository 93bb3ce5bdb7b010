// How a static host answers a request for a built site, optionally under a base path: a directory serves
// its index.html, a directory without its trailing slash redirects, anything missing gets 404.html with 404.
import { posix } from 'node:path';

export type StaticAnswer =
  | { status: 200 | 404; file: string; sitePath: string }
  | { status: 301; location: string }
  | { status: 404; file: undefined; sitePath: string };

/**
 * Answers a request path. `isFile` says whether a path relative to the site root (no leading slash) is a
 * file there. `sitePath` is the request path without the base, the path `_headers` rules match against.
 */
export function answerRequest(pathname: string, base: string, isFile: (relative: string) => boolean): StaticAnswer {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    path = pathname;
  }
  if (`${path}/` === base) return { status: 301, location: base };
  const inside = path.startsWith(base);
  // posix.normalize resolves `..`, so nothing outside the site root can be named.
  const relative = inside ? posix.normalize(`/${path.slice(base.length)}`).slice(1) : '';
  const sitePath = inside ? `/${relative}` : path;
  if (inside && relative !== '' && !relative.endsWith('/') && isFile(relative)) return { status: 200, file: relative, sitePath };
  const index = posix.join(relative, 'index.html');
  if (inside && isFile(index)) {
    if (relative !== '' && !relative.endsWith('/')) return { status: 301, location: `${pathname}/` };
    return { status: 200, file: index, sitePath };
  }
  return isFile('404.html') ? { status: 404, file: '404.html', sitePath } : { status: 404, file: undefined, sitePath };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** Content-Type of a file by its extension; Pagefind's binary index files and anything unknown are octet-stream. */
export function contentType(file: string): string {
  return TYPES[posix.extname(file)] ?? 'application/octet-stream';
}
