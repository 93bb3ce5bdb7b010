// Draws a card layout (card.ts) as a PNG without a browser: satori lays it out into an SVG with the text as
// outlines, resvg rasterises it, card-png.ts writes it with a palette. The font comes from an npm package, so
// nothing is fetched.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { CARD_FONT_SUBSETS, CARD_HEIGHT, CARD_WIDTH, type CardNode } from './card';
import { indexColours, indexedPng } from './card-png';

const require = createRequire(import.meta.url);

// satori reads woff, not woff2.
const FONT_FILES = CARD_FONT_SUBSETS.flatMap((subset) =>
  ([400, 700] as const).map((weight) => ({ family: `Inter ${subset}`, file: `@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`, weight })),
);

/**
 * Whatever decides a card's bytes besides its layout: a new version of any of these draws every card again.
 * The last one is card-png.ts's way of writing a PNG: count it up when that changes.
 */
export const DRAWING_VERSION = [
  ...['satori', '@resvg/resvg-js', '@fontsource/inter'].map((name) => `${name}@${(require(`${name}/package.json`) as { version: string }).version}`),
  'indexed-png@1',
].join(' ');

let fonts: Promise<Font[]> | undefined;

function loadFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ family, file, weight }) => ({ name: family, weight, style: 'normal' as const, data: await readFile(require.resolve(file)) })),
  );
  return fonts;
}

export async function drawCard(layout: CardNode): Promise<Uint8Array> {
  // satori types its input as a React node; CardNode is that shape without depending on React.
  const svg = await satori(layout as unknown as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await loadFonts() });
  // Rasterised on libuv's thread pool, so the main thread lays out the next card meanwhile.
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return indexedPng(indexColours(image.pixels), image.width, image.height);
}
