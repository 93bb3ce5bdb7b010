// A tiny static file server for the built site, optionally under a base path (e.g. /handbook/), the way
// a plain static host serves it: directory index.html, and the site's 404.html for anything missing.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface StaticSite {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** Resolves a URL path to a file under root, or undefined when there is none. */
async function findFile(root: string, urlPath: string): Promise<string | undefined> {
  const candidate = resolve(root, `.${normalize(`/${urlPath}`)}`);
  if (!candidate.startsWith(root)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = join(candidate, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return index;
  }
  return undefined;
}

export function serveStatic(dir: string, port: number, base = '/'): Promise<StaticSite> {
  const root = resolve(dir);
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    let path: string;
    try {
      path = decodeURIComponent(pathname);
    } catch {
      path = pathname;
    }
    const inside = path.startsWith(base) || `${path}/` === base;
    // A directory without its trailing slash redirects, as static hosts do.
    const file = inside ? await findFile(root, path.slice(base.length)) : undefined;
    if (inside && file?.endsWith('index.html') && !path.endsWith('/') && !path.endsWith('.html')) {
      response.writeHead(301, { Location: `${pathname}/` }).end();
      return;
    }
    const target = file ?? join(root, '404.html');
    response.writeHead(file ? 200 : 404, {
      'Content-Type': TYPES[extname(target)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    createReadStream(target).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () =>
      resolvePromise({
        server,
        url: `http://127.0.0.1:${port}${base}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}
