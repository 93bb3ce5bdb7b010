// `npm run preview` (and the end of `npm start`): serves a built site the way Netlify and Cloudflare Pages
// do, with the headers of its `_headers` file. The end-to-end tests use this same server.
//   tsx scripts/serve.ts [--dir=dist] [--port=4321] [--host=localhost]   (base path from BASE_PATH, as the build)
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from './lib/base-path.ts';
import { headersFor, parseHeadersFile, type HeaderRule } from './lib/headers-file.ts';
import { answerRequest, contentType } from './lib/static-site.ts';

/** What Netlify and Cloudflare Pages send when no rule sets Cache-Control. */
const HOST_DEFAULT_CACHE = 'public, max-age=0, must-revalidate';

export interface ServedSite {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  dir: string;
  port: number;
  host?: string;
  /** Path the site is served under: '/' or e.g. '/handbook/'. */
  base?: string;
}

function readRules(root: string): HeaderRule[] {
  const file = join(root, '_headers');
  return existsSync(file) ? parseHeadersFile(readFileSync(file, 'utf8'), file) : [];
}

export function serveSite({ dir, port, host = '127.0.0.1', base = '/' }: ServeOptions): Promise<ServedSite> {
  const root = resolve(dir);
  const rules = readRules(root);
  const isFile = (relative: string) => statSync(join(root, relative), { throwIfNoEntry: false })?.isFile() ?? false;
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const answer = answerRequest(pathname, base, isFile);
    if (answer.status === 301) {
      response.writeHead(301, { Location: answer.location }).end();
      return;
    }
    const headers = { 'Cache-Control': HOST_DEFAULT_CACHE, ...headersFor(rules, answer.sitePath) };
    if (!answer.file) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response.writeHead(answer.status, { ...headers, 'Content-Type': contentType(answer.file) });
    if (request.method === 'HEAD') response.end();
    else createReadStream(join(root, answer.file)).pipe(response);
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () =>
      done({
        url: `http://${host}:${port}${base}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      }),
    );
  });
}

async function run(argv: string[]): Promise<number> {
  const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const dir = option('dir') ?? 'dist';
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`serve: ${dir}/index.html not found; build the site first (npm run build)`);
    return 1;
  }
  const site = await serveSite({
    dir,
    port: Number(option('port') ?? process.env.PORT ?? 4321),
    host: option('host') ?? 'localhost',
    base: normaliseBase(process.env.BASE_PATH),
  });
  console.log(`serve: ${dir}/ at ${site.url} (Ctrl+C stops)`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  run(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`serve: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
