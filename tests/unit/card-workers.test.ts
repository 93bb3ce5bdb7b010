import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cardLayout, type CardFacts, type CardNode } from '../../src/lib/card.ts';
import { DRAWING_VERSION, drawCard } from '../../src/lib/card-draw.mjs';
import { CardStore } from '../../src/lib/card-store.ts';
import { cardWorkers } from '../../src/lib/card-workers.ts';
import { codeDigest, importClosure } from '../../src/lib/code-digest.ts';

const cases = parse(readFileSync('tests/fixtures/cards/cases.yaml', 'utf8')) as Array<{ name: string; facts: CardFacts }>;
const drawn = parse(readFileSync('tests/fixtures/cards/drawn.yaml', 'utf8')) as { sha256: Record<string, string> };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

// Workers load satori and the fonts before their first card: on a shared, busy machine that can take a while.
describe('card workers', { timeout: 60_000 }, () => {
  const workers = cardWorkers(2);
  const scratch = mkdtempSync(join(tmpdir(), 'card-workers-'));
  afterAll(async () => {
    await workers.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('never outnumber the cores', () => {
    expect(cardWorkers(availableParallelism() + 3).threads).toBe(availableParallelism());
    expect(cardWorkers(0).threads).toBe(1);
  });

  it('name their drawing by the libraries and every module the worker imports', () => {
    const worker = fileURLToPath(new URL('../../src/lib/card-worker.mjs', import.meta.url));
    const modules = ['card-worker.mjs', 'card-draw.mjs', 'card-canvas.mjs', 'card-parts.mjs', 'card-png.mjs', 'indexed-png.mjs', 'card-raster.mjs', 'card-version.mjs'];
    expect([...importClosure(worker).keys()].map((path) => basename(path)).sort()).toEqual(modules.sort());
    expect(workers.drawing).toBe(`${DRAWING_VERSION}\n${codeDigest(worker)}`);
  });

  it.each(cases)('draw the same bytes as the main thread: $name', async ({ name, facts }) => {
    const layout = cardLayout(facts);
    const [inWorker, here] = await Promise.all([workers.draw(layout), drawCard(layout)]);
    expect(Buffer.from(inWorker).equals(Buffer.from(here))).toBe(true);
    expect(sha256(inWorker)).toBe(drawn.sha256[name]);
  });

  it('report a card that fails in a worker by its question', async () => {
    const store = new CardStore(workers, 2, scratch);
    // A card must paint its own background: a transparent one cannot be written with an RGB palette.
    const layout = cardLayout({ ...cases[0]!.facts, n: 9 });
    const transparent: CardNode = { ...layout, props: { ...layout.props, style: { ...layout.props.style, background: 'transparent' } } };
    await expect(store.file({ n: 9, layout: transparent })).rejects.toThrow(/^preview card of question 9 \(\/cards\/9\.png\): card pixel \d+ is not opaque$/);
  });
});
