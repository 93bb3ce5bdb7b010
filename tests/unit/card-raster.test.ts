import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/lib/card.ts';
import { layOut, rasteriser } from '../../src/lib/card-draw.mjs';
import { cardSvgMaker } from '../../src/lib/card-parts.mjs';
import { cardPixelsMaker } from '../../src/lib/card-raster.mjs';
import { cardBackground, cardCases as cases, drawnLayout } from './card-layouts.ts';

const size = { width: CARD_WIDTH, height: CARD_HEIGHT };
const heightOf = (svg: string) => Number(/^<svg width="\d+" height="(\d+)"/.exec(svg)?.[1]);

// Each case is laid out and drawn a few times: on a shared, busy machine that can take a while.
describe('a card drawn in bands', { timeout: 60_000 }, () => {
  // One of each for every case, as in a card worker: later cases meet rows that earlier ones kept.
  const cardSvg = cardSvgMaker(layOut, size);
  const drawn: string[] = [];
  const rasterise = rasteriser(cardBackground(cases[0]!.facts));
  const cardPixels = cardPixelsMaker((svg) => {
    drawn.push(svg);
    return rasterise(svg);
  }, size);

  it.each(cases)('$name: the pixels resvg draws for the whole card', async ({ facts }) => {
    const layout = drawnLayout(facts);
    for (let time = 0; time < 3; time++) {
      const card = await cardSvg(layout);
      drawn.length = 0;
      expect(Buffer.compare(cardPixels(card), rasterise(card.svg))).toBe(0);
    }
    // The third time both end rows are kept and their bands drawn: resvg drew only the middle row's rows.
    expect(drawn.map(heightOf)).toHaveLength(1);
    expect(heightOf(drawn[0]!)).toBeLessThan(CARD_HEIGHT / 2);
  });

  it('draws a card whole when its rows are not kept', async () => {
    const card = await cardSvgMaker(layOut, size)(drawnLayout(cases[1]!.facts));
    expect(card.parts).toBeUndefined();
    const calls: string[] = [];
    const pixels = cardPixelsMaker((svg) => (calls.push(svg), rasterise(svg)), size)(card);
    expect(calls).toEqual([card.svg]);
    expect(Buffer.compare(pixels, rasterise(card.svg))).toBe(0);
  });

  it('draws a card whole when its middle row reaches out of its box and margin, towards a kept row', async () => {
    const { facts } = cases[0]!;
    const layout = drawnLayout(facts);
    const kept = async () => {
      for (;;) {
        const card = await cardSvg(layout);
        if (card.parts) return card;
      }
    };
    const card = await kept();
    // A shape of the middle row from inside its box to 40 px above it, past the margin.
    const parts = card.parts!;
    const boxTop = Number(/ y="([^"]+)"/.exec(parts.middle)?.[1]);
    const reaching = { ...card, parts: { ...parts, middle: `${parts.middle}<rect x="100" y="${boxTop - 40}" width="20" height="50" fill="#000"/>` } };
    const svg = `${parts.head}${parts.first.svg}${reaching.parts.middle}${parts.last.svg}</svg>`;
    const calls: string[] = [];
    const pixels = cardPixelsMaker((drawnSvg) => (calls.push(drawnSvg), rasterise(drawnSvg)), size)({ svg, parts: reaching.parts });
    expect(calls.at(-1)).toBe(svg);
    expect(Buffer.compare(pixels, rasterise(svg))).toBe(0);
  });
});
