// src/lib/short-link-files.mjs: builds one after another, each as `astro build` runs it (the short links set aside at
// build:start, the rest of the output removed, the pages written at build:done). Whatever was kept, the output's q/
// folder holds exactly the build's pages and no empty folder; only changed pages are written.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keptPlace, setShortLinksAside, writeShortLinks } from '../../src/lib/short-link-files.mjs';
import { tempDirs } from './helpers';

const tempDir = tempDirs('short-link-files-');

type Pages = Record<string, string>;

/** Every file under `dir` with its text, and every empty folder (as `folder/: empty`). */
function tree(dir: string): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (path: string) => {
    const names = readdirSync(path);
    if (names.length === 0 && path !== dir) found[`${relative(dir, path)}/`] = 'empty';
    for (const name of names) {
      const child = join(path, name);
      if (statSync(child).isDirectory()) walk(child);
      else found[relative(dir, child)] = readFileSync(child, 'utf8');
    }
  };
  if (existsSync(dir)) walk(dir);
  return found;
}

const files = (pages: Pages) => Object.fromEntries(Object.entries(pages).map(([route, html]) => [`${route}index.html`, html]));

/** One build into `out`, as Astro and the integrations run it. */
function build(cache: string, out: string, pages: Pages) {
  const place = keptPlace(cache, out);
  setShortLinksAside(out, place);
  // out-dir-integration.mjs moves the rest of the last output away; Astro writes its pages (never under q/).
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'index.html'), 'home');
  const result = writeShortLinks(out, place, Object.entries(pages).map(([route, html]) => ({ route, html })));
  expect(tree(join(out, 'q'))).toEqual(Object.fromEntries(Object.entries(files(pages)).map(([file, html]) => [relative('q', file), html])));
  return result;
}

const three: Pages = { 'q/1/': 'one', 'q/1/a/': 'one, a', 'q/1/a/2/': 'one, a, correction 2', 'q/2/': 'two' };

const cases: Array<{ name: string; builds: Pages[]; written: Array<[written: number, removed: number]> }> = [
  { name: 'the first build writes every page', builds: [three], written: [[4, 0]] },
  { name: 'a build with the same pages writes none', builds: [three, three, three], written: [[4, 0], [0, 0], [0, 0]] },
  { name: 'a changed page is written again', builds: [three, { ...three, 'q/2/': 'two, reworded' }], written: [[4, 0], [1, 0]] },
  { name: 'a new page is written', builds: [three, { ...three, 'q/1/b/': 'one, b' }], written: [[4, 0], [1, 0]] },
  {
    name: 'a page gone is removed with the folders it leaves empty',
    builds: [three, { 'q/1/': 'one', 'q/2/': 'two' }],
    written: [[4, 0], [0, 2]],
  },
  { name: 'a question gone goes whole', builds: [three, { 'q/2/': 'two' }, three], written: [[4, 0], [0, 3], [3, 0]] },
];

describe('short link files', () => {
  it.each(cases)('$name', ({ builds, written }) => {
    const cache = tempDir();
    const out = join(tempDir(), 'dist');
    expect(builds.map((pages) => Object.values(build(cache, out, pages)).slice(1))).toEqual(written);
  });

  it('writes every page when the record is missing or broken, and leaves an unrecorded q/ folder where it is', () => {
    const cache = tempDir();
    const out = join(tempDir(), 'dist');
    build(cache, out, three);
    const place = keptPlace(cache, out);
    writeFileSync(place.record, '{ broken');
    expect(build(cache, out, three)).toEqual({ pages: 4, written: 4, removed: 0 });
    rmSync(place.record);
    setShortLinksAside(out, place);
    expect(existsSync(join(out, 'q', '1', 'index.html'))).toBe(true);
  });

  it("keeps each output folder's short links apart", () => {
    const cache = tempDir();
    const [dist, other] = [join(tempDir(), 'dist'), join(tempDir(), 'other')];
    build(cache, dist, three);
    expect(build(cache, other, { ...three, 'q/2/': 'two, elsewhere' })).toEqual({ pages: 4, written: 4, removed: 0 });
    expect(build(cache, dist, three)).toEqual({ pages: 4, written: 0, removed: 0 });
  });

  it('refuses a page outside q/, which holds the short links alone', () => {
    const out = join(tempDir(), 'dist');
    expect(() => writeShortLinks(out, keptPlace(tempDir(), out), [{ route: 'questions/x/', html: '' }])).toThrow('questions/x/ is not in q/');
  });
});
