// `npm run dev`: Astro's dev server with the content watcher. Editing a YAML file changes the page; a broken
// file prints `file:line: message` and the last good page keeps being served; short links are answered with
// the pages the build writes. Runs on a copy of the fixture handbook so the real content is never touched.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtPages } from './support/crawl';
import { expect, test } from './support/fixtures';
import { FIXTURE_ROOT, fixtureSite } from './support/sites';

const PORT = fixtureSite.port + 1;
const BEFORE = 'Anchors themselves are fixed in advance';
const AFTER = 'Anchor shapes are chosen before training';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let root: string;
let server: ChildProcess;
let log = '';
// Astro moves to the next free port when PORT is taken, so the page's address is read from its log.
let origin = '';
let page = '';
let card = '';

test.beforeAll(async () => {
  // A fixed path, so that runs of this test do not pile up copies in the temporary directory.
  root = join(tmpdir(), `handbook-dev-loop-${PORT}`);
  rmSync(root, { recursive: true, force: true });
  cpSync(join(FIXTURE_ROOT, 'content'), join(root, 'content'), { recursive: true, filter: (path) => path !== join(FIXTURE_ROOT, 'content', 'questions') });
  // Start from an empty dev content store, as a fresh checkout does: every page of this handbook is then
  // compiled by the dev server itself, none taken over from an earlier run's entries.
  rmSync('.astro/data-store.json', { force: true });
  // Playwright's NODE_OPTIONS load its own TypeScript loader, which the dev server must not inherit.
  server = spawn(process.execPath, ['node_modules/astro/astro.js', 'dev', '--port', String(PORT), '--host', '127.0.0.1'], { env: { ...process.env, NODE_OPTIONS: '', CONTENT_ROOT: root } });
  // Astro colours its log; the checks read plain text.
  const append = (chunk: Buffer) => (log += chunk.toString().replace(/\x1b\[[0-9;]*m/g, ''));
  server.stdout?.on('data', append);
  server.stderr?.on('data', append);
  await expect.poll(() => log, { timeout: 90_000 }).toMatch(/convert: 6 pages[\s\S]*Local\s+http:\/\/127\.0\.0\.1:\d+\//);
  const local = [...log.matchAll(/Local\s+(http:\/\/127\.0\.0\.1:\d+\/)/g)].at(-1)!;
  origin = local[1]!;
  page = `${origin}questions/anchor-boxes/`;
  card = `${origin}cards/5.png/`;
});

test.afterAll(async () => {
  const exited = new Promise((done) => server.once('exit', done));
  server.kill('SIGINT');
  await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
  if (server.exitCode === null) server.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

const pageText = async () => {
  const response = await fetch(page).catch(() => undefined);
  return response?.ok ? response.text() : '';
};

// Before any edit, while the content is the one dist-fixture/ was built from.
test('the dev server answers every short link with the page the build wrote', async () => {
  const built = builtPages(fixtureSite.dir, fixtureSite.base).filter((p) => p.path.startsWith('/q/'));
  const { questions } = JSON.parse(readFileSync(join(fixtureSite.dir, 'handbook.json'), 'utf8')) as { questions: Array<{ answers: unknown[]; corrections: unknown[] }> };
  expect(built).toHaveLength(questions.reduce((sum, q) => sum + 1 + q.answers.length + q.corrections.length, 0));
  for (const { path, html } of built) {
    const response = await fetch(new URL(path, origin));
    expect(response.status, path).toBe(200);
    expect(response.headers.get('content-type'), path).toContain('text/html');
    expect(await response.text(), path).toBe(html);
  }
  expect((await fetch(new URL('q/999/', origin))).status).toBe(404);
});

test('editing a key point in an editorial file changes the page', async () => {
  await expect.poll(pageText, { timeout: 60_000 }).toContain(BEFORE);
  const file = join(root, 'content/editorial/q05.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(BEFORE, AFTER));
  await expect.poll(pageText, { timeout: 60_000 }).toContain(AFTER);
});

test('a broken file prints file:line and the last good page stays', async () => {
  writeFileSync(join(root, 'content/editorial/q05.yaml'), 'question: 5\nkey_points: [unclosed\n');
  await expect.poll(() => log, { timeout: 60_000 }).toMatch(/content\/editorial\/q05\.yaml:\d+: invalid YAML/);
  expect(log).toContain('the site keeps serving the last good pages');
  expect(await pageText()).toContain(AFTER);
});

test('a preview card is drawn in a card worker, which loads without a TypeScript loader', async () => {
  const response = await fetch(card);
  expect(response.status, log).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
  const png = Buffer.from(await response.arrayBuffer());
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});
