// A conversion that reuses the record of the last one gives the same pages and the same errors as a full
// conversion, for every kind of edit, while reading again only what the edit touched.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { convertInto, convertWithCache, renderPages } from '../../scripts/convert.ts';
import { isContentProblem } from '../../scripts/lib/errors.ts';
import { toHandbookJson } from '../../scripts/lib/handbook-json.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { FIXTURES } from './helpers.ts';

const HANDBOOK = join(FIXTURES, 'handbook');
const temporary: string[] = [];
afterAll(() => temporary.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the fixture handbook, converted once, with its record in a cache directory of its own. */
function convertedCopy(): { root: string; cacheDir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'handbook-cache-'));
  temporary.push(dir);
  const root = join(dir, 'handbook');
  cpSync(join(HANDBOOK, 'content'), join(root, 'content'), { recursive: true, filter: (path) => path !== join(HANDBOOK, 'content', 'questions') });
  const cacheDir = join(dir, 'cache');
  convertInto(root, cacheDir);
  return { root, cacheDir };
}

const edit = (root: string, file: string, from: string | RegExp, to: string) => {
  const path = join(root, 'content', file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} holds ${String(from)}`).toMatch(from);
  writeFileSync(path, text.replace(from, to));
};

/** The pages, or the problems reported. */
function outcome(convert: () => ReadonlyMap<string, string>): { pages: Record<string, string> } | { problems: string } {
  try {
    return { pages: Object.fromEntries(convert()) };
  } catch (error) {
    if (!isContentProblem(error)) throw error;
    return { problems: error.message };
  }
}

/** Every file under dir with its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(files.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), 'utf8')]));
}

const ALL_QUESTIONS = [1, 2, 3, 4, 5, 6];
const ALL_SOURCES = ['a', 'b', 'md', 'expert', 'textbook', 'q-notes', 'bold'];

describe('a conversion with the cache equals a full conversion', () => {
  it.each([
    { name: 'nothing changed', change: () => {}, sources: [], questions: [] },
    { name: 'an editorial file edited', change: (root: string) => edit(root, 'editorial/q05.yaml', 'fixed in advance', 'chosen in advance'), sources: [], questions: [5] },
    { name: 'an editorial file removed', change: (root: string) => rmSync(join(root, 'content/editorial/q01.yaml')), sources: [], questions: [1] },
    { name: 'a source file edited', change: (root: string) => edit(root, 'sources/plain.txt', 'by its maximum', 'by its mean'), sources: ['a'], questions: [2] },
    { name: 'a label in sources.yaml edited', change: (root: string) => edit(root, 'sources.yaml', 'label: Source B', 'label: Source Bee'), sources: ['b'], questions: ALL_QUESTIONS },
    { name: 'a map in sources.yaml edited', change: (root: string) => edit(root, 'sources.yaml', 'map: {1: 2, 2: 3, 3: 4}', 'map: {1: 2, 2: 3, 3: 6}'), sources: ['b'], questions: [4, 6] },
    // The by-text source reads every title; the sources numbered by question do not.
    { name: 'a title in questions.yaml edited', change: (root: string) => edit(root, 'questions.yaml', 'split an image into tokens?', 'cut an image into tokens?'), sources: ['expert'], questions: [6] },
    { name: 'a slug in questions.yaml edited', change: (root: string) => edit(root, 'questions.yaml', 'slug: transfer-learning', 'slug: transfer'), sources: [], questions: [3] },
    { name: 'a topic edited', change: (root: string) => edit(root, 'topics.yaml', /title: .*/, 'title: Renamed'), sources: [], questions: [] },
    { name: 'a reference edited', change: (root: string) => edit(root, 'references.yaml', 'venue: NeurIPS 2015', 'venue: NIPS 2015'), sources: [], questions: ALL_QUESTIONS },
    { name: 'a page edited by hand', change: (root: string) => edit(root, 'questions/05-anchor-boxes.mdx', '</Answers>', '</Answers>\n\nAdded by hand.'), sources: [], questions: [5] },
    { name: 'a page removed', change: (root: string) => rmSync(join(root, 'content/questions/05-anchor-boxes.mdx')), sources: [], questions: [5] },
  ])('$name', ({ change, sources, questions }) => {
    const { root, cacheDir } = convertedCopy();
    change(root);
    const cached = convertWithCache(root, cacheDir);
    expect(outcome(() => cached.pages)).toEqual(outcome(() => renderPages(root)));
    expect(cached.reread).toEqual({ sources, questions });
    // /handbook.json is written from this data: the same bytes as from a full reading of content/.
    expect(JSON.stringify(cached.handbook)).toBe(JSON.stringify(toHandbookJson(loadContent(root))));
  });

  it.each([
    { name: 'a quote no longer in its answer', change: (root: string) => edit(root, 'editorial/q05.yaml', 'quote: Anchors are learned', 'quote: Anchors are grown') },
    // The committed page published key point 3; the check against it must run although only q05.yaml changed.
    { name: 'a published key point id given to another claim', change: (root: string) => edit(root, 'editorial/q05.yaml', /text: Anchors themselves.*/, 'text: Vision transformers need no anchors at all.') },
    { name: 'a source losing a heading', change: (root: string) => edit(root, 'sources/plain.txt', '2. Pooling', 'Pooling') },
    { name: 'a title the by-text source no longer matches', change: (root: string) => edit(root, 'questions.yaml', 'What is an anchor box in object detection?', 'Anchors?') },
    { name: 'an editorial file for no question', change: (root: string) => writeFileSync(join(root, 'content/editorial/q09.yaml'), 'question: 9\n') },
  ])('$name: the same problems, and nothing written', ({ change }) => {
    const { root, cacheDir } = convertedCopy();
    change(root);
    const before = { pages: snapshot(join(root, 'content/questions')), cache: snapshot(cacheDir) };
    const full = outcome(() => renderPages(root));
    expect(full).toHaveProperty('problems');
    expect(outcome(() => convertInto(root, cacheDir).pages)).toEqual(full);
    expect({ pages: snapshot(join(root, 'content/questions')), cache: snapshot(cacheDir) }).toEqual(before);
  });

  it.each([
    { name: 'absent', damage: (cacheDir: string) => rmSync(cacheDir, { recursive: true }), sources: ALL_SOURCES, questions: ALL_QUESTIONS },
    { name: 'not JSON', damage: (cacheDir: string) => writeFileSync(join(cacheDir, 'index.json'), '{"version": "'), sources: ALL_SOURCES, questions: ALL_QUESTIONS },
    { name: 'of another shape', damage: (cacheDir: string) => writeFileSync(join(cacheDir, 'index.json'), '{"version": "x", "sources": []}'), sources: ALL_SOURCES, questions: ALL_QUESTIONS },
    {
      name: 'from an older converter',
      damage: (cacheDir: string) => {
        const file = join(cacheDir, 'index.json');
        writeFileSync(file, readFileSync(file, 'utf8').replace(/"version":"\w+"/, '"version":"older"'));
      },
      sources: ALL_SOURCES,
      questions: ALL_QUESTIONS,
    },
    // The stored answers are needed for question 5 only; damaged, they are read again from the sources.
    {
      name: 'with damaged stored answers',
      damage: (cacheDir: string) => {
        const dir = join(cacheDir, 'answers');
        readdirSync(dir).forEach((f, i) => writeFileSync(join(dir, f), i % 2 ? '[null]' : '[{"n": 5'));
      },
      sources: [],
      questions: [5],
    },
    // Each stored answer is checked when it is used: one that differs from what its digest names is not used.
    {
      name: 'with a stored answer altered',
      damage: (cacheDir: string) => {
        const dir = join(cacheDir, 'answers');
        for (const f of readdirSync(dir)) {
          const answers = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Array<{ n: number; heading: string }>;
          writeFileSync(join(dir, f), JSON.stringify(answers.map((a) => ({ ...a, heading: `${a.heading} (altered)` }))));
        }
      },
      sources: [],
      questions: [5],
    },
    // The data kept beside the record is the record's or not used at all: the record is then of no use either.
    { name: 'without its data', damage: (cacheDir: string) => rmSync(join(cacheDir, 'handbook.json')), sources: ALL_SOURCES, questions: ALL_QUESTIONS },
    { name: 'with damaged data', damage: (cacheDir: string) => writeFileSync(join(cacheDir, 'handbook.json'), '{"record": 1}'), sources: ALL_SOURCES, questions: ALL_QUESTIONS },
    {
      name: 'with the data of another record',
      damage: (cacheDir: string) => {
        const file = join(cacheDir, 'index.json');
        writeFileSync(file, readFileSync(file, 'utf8').replace(/"key":"(\w)/, '"key":"0$1'));
      },
      sources: ALL_SOURCES,
      questions: ALL_QUESTIONS,
    },
  ])('a cache $name', ({ damage, sources, questions }) => {
    const { root, cacheDir } = convertedCopy();
    damage(cacheDir);
    edit(root, 'editorial/q05.yaml', 'fixed in advance', 'chosen in advance');
    const cached = convertWithCache(root, cacheDir);
    expect(outcome(() => cached.pages)).toEqual(outcome(() => renderPages(root)));
    expect(cached.reread).toEqual({ sources, questions });
    expect(JSON.stringify(cached.handbook)).toBe(JSON.stringify(toHandbookJson(loadContent(root))));
  });

  it('records a conversion so that the next one reads nothing again, and drops stored answers no longer used', () => {
    const { root, cacheDir } = convertedCopy();
    edit(root, 'sources/plain.txt', 'by its maximum', 'by its mean');
    const stored = readdirSync(join(cacheDir, 'answers'));
    expect(convertInto(root, cacheDir).reread).toEqual({ sources: ['a'], questions: [2] });
    expect(convertWithCache(root, cacheDir).reread).toEqual({ sources: [], questions: [] });
    const now = readdirSync(join(cacheDir, 'answers'));
    expect(now).toHaveLength(stored.length);
    expect(now.filter((f) => !stored.includes(f))).toHaveLength(1);
    expect(existsSync(join(root, 'content/questions/02-pooling-layers.mdx'))).toBe(true);
  });
});

describe('the data a conversion hands to `astro build`', () => {
  it.each([
    { name: 'a first conversion', change: () => {} },
    { name: 'a conversion after an edit', change: (root: string) => edit(root, 'editorial/q05.yaml', 'fixed in advance', 'chosen in advance') },
  ])('$name: the JSON text of a full reading, which the next conversion reads back from its record', ({ change }) => {
    const { root, cacheDir } = convertedCopy();
    change(root);
    const { handbookText } = convertInto(root, cacheDir);
    expect(handbookText).toBe(JSON.stringify(toHandbookJson(loadContent(root))));
    expect(JSON.stringify(convertWithCache(root, cacheDir).handbook)).toBe(handbookText);
  });
});
