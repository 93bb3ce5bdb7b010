// @ts-check
// Draws a card layout (card.ts) as a PNG without a browser: satori lays it out into an SVG with the text as
// outlines, resvg rasterises it, card-png.mjs writes it with a palette. The font comes from an npm package, so
// nothing is fetched. Plain JavaScript: it runs in the card workers (card-worker.mjs), which load it without a
// TypeScript loader, in `astro build` as in `npm run dev`.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { CARD_FONT_SUBSETS, CARD_HEIGHT, CARD_WIDTH } from './card-canvas.mjs';
import { cardSvgMaker } from './card-parts.mjs';
import { indexColours } from './card-png.mjs';
import { indexedPng } from './indexed-png.mjs';
import { cardPixelsMaker } from './card-raster.mjs';

const require = createRequire(import.meta.url);

// satori reads woff, not woff2.
const FONT_FILES = CARD_FONT_SUBSETS.flatMap((subset) =>
  /** @type {const} */ ([400, 700]).map((weight) => ({ family: `Inter ${subset}`, file: `@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`, weight })),
);

export { DRAWING_VERSION } from './card-version.mjs';

/** @type {import('satori').Font[] | undefined} */
let fonts;

// One array for every card: satori keeps the fonts it parsed from an array it has seen.
function loadFonts() {
  fonts ??= FONT_FILES.map(({ family, file, weight }) => ({ name: family, weight, style: /** @type {const} */ ('normal'), data: readFileSync(require.resolve(file)) }));
  return fonts;
}

/**
 * satori's SVG of a layout, in the card's fonts.
 * @type {import('./card-parts.mjs').Render}
 */
export function layOut(layout, options) {
  // satori types its input as a React node; CardNode is that shape without depending on React.
  return satori(/** @type {Parameters<typeof satori>[0]} */ (/** @type {unknown} */ (layout)), { ...options, fonts: loadFonts() });
}

const cardSvg = cardSvgMaker(layOut, { width: CARD_WIDTH, height: CARD_HEIGHT });

/**
 * resvg over a canvas filled with `background`.
 * @param {string | undefined} background
 * @returns {import('./card-raster.mjs').Rasterise}
 */
export function rasteriser(background) {
  return (svg) => new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false }, background }).render().pixels;
}

/** Card pixels by the canvas's background: one for every card of a handbook. @type {Map<string, ReturnType<typeof cardPixelsMaker>>} */
const pixelMakers = new Map();

/** @param {string | undefined} background */
function cardPixelsOver(background) {
  const key = String(background);
  let maker = pixelMakers.get(key);
  if (!maker) {
    maker = cardPixelsMaker(rasteriser(background), { width: CARD_WIDTH, height: CARD_HEIGHT });
    pixelMakers.set(key, maker);
  }
  return maker;
}

/**
 * The card as resvg draws it: RGBA pixels, row by row.
 * @param {import('./card.ts').CardNode} layout
 * @returns {Promise<{ rgba: Uint8Array, width: number, height: number }>}
 */
export async function drawPixels(layout) {
  const { drawn, background } = backgroundApart(layout);
  return { rgba: cardPixelsOver(background)(await cardSvg(drawn)), width: CARD_WIDTH, height: CARD_HEIGHT };
}

/**
 * The layout satori lays out, and the background colour that fills resvg's canvas before it draws: the same pixels
 * for an opaque colour as a rectangle drawn over the whole card, without rasterising 756,000 of them.
 * @param {import('./card.ts').CardNode} layout
 * @returns {{ drawn: import('./card.ts').CardNode, background: string | undefined }}
 */
export function backgroundApart(layout) {
  const { background, ...style } = layout.props.style;
  return { drawn: { ...layout, props: { ...layout.props, style } }, background: background === undefined ? undefined : String(background) };
}

/**
 * The card as PNG bytes. Everything after satori's layout is synchronous: each card worker draws one card at a
 * time, on a core of its own.
 * @param {import('./card.ts').CardNode} layout
 * @returns {Promise<Uint8Array>}
 */
export async function drawCard(layout) {
  const { rgba, width, height } = await drawPixels(layout);
  return indexedPng(indexColours(rgba, width), width, height);
}
