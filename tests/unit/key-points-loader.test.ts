// src/lib/key-points-loader.ts renders the editorial files' key points once per file digest, exactly as
// lib/markdown.ts renders them; /practice.json looks them up by their Markdown (lib/rendered-key-points.ts).
import { createHash } from 'node:crypto';
import { cpSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { keyPointsHtml } from '../../src/lib/key-points-loader.ts';
import { renderMarkdown } from '../../src/lib/markdown.ts';
import { renderedKeyPoints } from '../../src/lib/rendered-key-points.ts';
import { FIXTURES, memoryStore, tempDirs } from './helpers.ts';

const tempDir = tempDirs('key-points-');

/** The loader over a copy of the fixture folder, with a store in memory that counts its writes. */
function setUp() {
  const folder = tempDir();
  cpSync(join(FIXTURES, 'key-points'), folder, { recursive: true });
  const cache = tempDir();
  const store = memoryStore();
  const ctx = {
    store,
    config: { root: pathToFileURL(`${process.cwd()}/`), cacheDir: pathToFileURL(`${cache}/`) },
    generateDigest: (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16),
  } as unknown as LoaderContext;
  return { folder, cache, store, load: () => keyPointsHtml(folder).load(ctx) };
}

describe('key points loader', () => {
  it('renders every key point as lib/markdown.ts does; a file that does not parse has none', async () => {
    const { store, load } = setUp();
    await load();
    const html = await renderedKeyPoints(store.values());
    const points = ['Anchors are *fixed* reference boxes -- not "learned".', 'Offsets are regressed: `dx`, `dy`.'];
    expect([...html.keys()]).toEqual(points);
    expect([...html.values()]).toEqual(await Promise.all(points.map((point) => renderMarkdown(point))));
    expect(html.get(points[0]!)).toContain('<em>fixed</em>');
  });

  it('renders a file again only when it changed, and drops what is gone', async () => {
    const { folder, cache, store, load } = setUp();
    await load();
    expect(store.writes).toBe(2);
    await load();
    expect(store.writes).toBe(2);
    writeFileSync(join(folder, 'q02.yaml'), 'question: 2\nkey_points:\n  - id: 1\n    text: Now **valid**.\n');
    await load();
    expect(store.writes).toBe(3);
    expect((await renderedKeyPoints(store.values())).get('Now **valid**.')).toContain('<strong>valid</strong>');
    rmSync(join(folder, 'q01.yaml'));
    await load();
    expect(store.keys()).toEqual(['q02']);
    expect(readdirSync(join(cache, 'key-points'))).toHaveLength(1);
  });
});
