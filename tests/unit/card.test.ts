import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { decode } from 'fast-png';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { shorten } from '../../scripts/lib/plain-text.ts';
import { CARD_HEIGHT, CARD_WIDTH, cardAlt, cardLayout, type CardFacts } from '../../src/lib/card.ts';
import { cachedCard, cardDigest } from '../../src/lib/card-cache.ts';
import { drawCard } from '../../src/lib/card-draw.ts';
import { correctionsPhrase } from '../../src/lib/kinds.ts';

interface Case {
  name: string;
  facts: CardFacts;
  phrase: string;
  alt: string;
}
const cases = parse(readFileSync('tests/fixtures/cards/cases.yaml', 'utf8')) as Case[];

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

  it('changes with any fact the card shows', () => {
    const digest = cardDigest(cardLayout(first!.facts));
    expect(cardDigest(cardLayout({ ...first!.facts }))).toBe(digest);
    expect(cardDigest(cardLayout({ ...first!.facts, title: `${first!.facts.title}!` }))).not.toBe(digest);
    expect(cardDigest(cardLayout({ ...first!.facts, counts: { ...first!.facts.counts, repair: 1, total: 6 } }))).not.toBe(digest);
  });

  it('is drawn once, then read from the cache', async () => {
    const layout = cardLayout(second!.facts);
    const drawn = await cachedCard(layout, scratch);
    const file = join(scratch, `${cardDigest(layout)}.png`);
    expect(Buffer.from(readFileSync(file)).equals(Buffer.from(drawn))).toBe(true);
    // A cache hit returns the stored bytes without drawing: prove it with bytes no drawing makes.
    writeFileSync(file, 'cached');
    expect(Buffer.from(await cachedCard(layout, scratch)).toString()).toBe('cached');
  });
});
