import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { decode } from 'fast-png';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { shorten } from '../../scripts/lib/plain-text.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardAlt, cardLayout, type CardFacts } from '../../src/lib/card.ts';
import { cachedCardFile, cardDigest, cardFile, removeOtherDrawings } from '../../src/lib/card-cache.ts';
import { DRAWING_VERSION, drawCard, drawPixels } from '../../src/lib/card-draw.mjs';
import { correctionsPhrase } from '../../src/lib/kinds.ts';

interface Case {
  name: string;
  facts: CardFacts;
  phrase: string;
  alt: string;
}
const cases = parse(readFileSync('tests/fixtures/cards/cases.yaml', 'utf8')) as Case[];
/** Each case's card as recorded in tests/fixtures/cards/drawn.yaml. */
const drawn = parse(readFileSync('tests/fixtures/cards/drawn.yaml', 'utf8')) as { drawing_version: string; sha256: Record<string, string> };
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('card words', () => {
  it.each(cases)('$name', ({ facts, phrase, alt }) => {
    expect(correctionsPhrase(facts.counts)).toBe(phrase);
    expect(cardAlt(facts)).toBe(alt);
  });
});

describe('shorten', () => {
  it.each([
    ['short text stays', 40, 'short text stays'],
    ['cut at a word, never inside one, and without a dangling comma, here', 40, 'cut at a word, never inside one, and…'],
    ['Averyveryverylongwordwithoutanyspacesatallthatgoeson', 20, 'Averyveryverylongwo…'],
  ])('%j (%i)', (text, limit, expected) => {
    const result = shorten(text, limit);
    expect(result).toBe(expected);
    expect(result.length).toBeLessThanOrEqual(limit);
  });
});

// Drawing loads satori and the fonts first, then draws real cards: on a shared, busy machine that can take a while.
describe('drawing a card', { timeout: 30_000 }, () => {
  const [first, second] = cases;
  const scratch = mkdtempSync(join(tmpdir(), 'cards-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('is a 1200x630 indexed-colour PNG, byte-identical for the same facts', async () => {
    const png = await drawCard(cardLayout(first!.facts));
    expect(pngSize(png)).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    // Colour type 3: a palette, which an independent decoder reads back whole.
    expect(png[25]).toBe(3);
    const read = decode(png);
    expect([read.width, read.height, read.data.length, read.palette!.length <= 256]).toEqual([CARD_WIDTH, CARD_HEIGHT, CARD_WIDTH * CARD_HEIGHT, true]);
    await drawCard(cardLayout(second!.facts));
    expect(Buffer.from(await drawCard(cardLayout(first!.facts))).equals(Buffer.from(png))).toBe(true);
  });

  it('changes with any fact the card shows, and is kept apart for another drawing', () => {
    const digest = cardDigest(cardLayout(first!.facts));
    expect(cardDigest(cardLayout({ ...first!.facts }))).toBe(digest);
    expect(cardDigest(cardLayout({ ...first!.facts, title: `${first!.facts.title}!` }))).not.toBe(digest);
    expect(cardDigest(cardLayout({ ...first!.facts, counts: { ...first!.facts.counts, repair: 1, total: 6 } }))).not.toBe(digest);
    const file = cardFile(cardLayout(first!.facts), DRAWING_VERSION, scratch);
    expect(file.endsWith(`${digest}.png`)).toBe(true);
    expect(cardFile(cardLayout(first!.facts), `${DRAWING_VERSION}\nanother drawing`, scratch)).not.toBe(file);
  });

  it('is drawn once, then read from the cache', async () => {
    const layout = cardLayout(second!.facts);
    const file = await cachedCardFile(layout, { draw: drawCard, drawing: DRAWING_VERSION }, scratch);
    expect(file).toBe(cardFile(layout, DRAWING_VERSION, scratch));
    expect(Buffer.from(readFileSync(file)).equals(Buffer.from(await drawCard(layout)))).toBe(true);
    // A cache hit is the stored file, not drawn again: prove it with bytes no drawing makes.
    writeFileSync(file, 'cached');
    const notDrawn = () => Promise.reject(new Error('drawn again'));
    expect(readFileSync(await cachedCardFile(layout, { draw: notDrawn, drawing: DRAWING_VERSION }, scratch), 'utf8')).toBe('cached');
  });

  it("keeps only one drawing's cards once a build is done", async () => {
    const cache = join(scratch, 'drawings');
    const [current, older] = [DRAWING_VERSION, `${DRAWING_VERSION}\nolder code`].map((drawing) => cardFile(cardLayout(first!.facts), drawing, cache));
    for (const file of [current!, older!, join(cache, 'loose-card-of-an-older-layout.png')]) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, 'card');
    }
    await removeOtherDrawings(DRAWING_VERSION, cache);
    expect([existsSync(current!), existsSync(older!), readdirSync(cache).length]).toEqual([true, false, 1]);
  });

  it('has the drawing libraries the recorded cards were drawn with', () => {
    expect(DRAWING_VERSION, 'new drawing libraries: record the cards of tests/fixtures/cards/drawn.yaml again').toBe(drawn.drawing_version);
  });

  it.each(cases)('is the bytes recorded for it: $name', async ({ name, facts }) => {
    expect(sha256(await drawCard(cardLayout(facts)))).toBe(drawn.sha256[name]);
  });

  // The palette merges shades a unit apart and nothing else: no card has more colours than that leaves.
  it.each(cases)('is within one unit a channel of what resvg drew: $name', async ({ facts }) => {
    const { rgba } = await drawPixels(cardLayout(facts));
    const read = decode(await drawCard(cardLayout(facts)));
    const palette = read.palette!;
    let largest = 0;
    for (let p = 0; p < CARD_WIDTH * CARD_HEIGHT; p++) {
      const colour = palette[read.data[p]!]!;
      for (let channel = 0; channel < 3; channel++) largest = Math.max(largest, Math.abs(colour[channel]! - rgba[p * 4 + channel]!));
    }
    expect(largest).toBeLessThanOrEqual(1);
  });
});
