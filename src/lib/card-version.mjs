// @ts-check
// What decides a card's bytes besides its layout, apart from the drawing code (card-draw.mjs), so that the card
// cache (card-cache.ts) can name a card on Astro's main thread without loading satori and resvg there: only the
// card workers draw.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A new version of any of these draws every card again. The last one is the way card-png.mjs and indexed-png.mjs write a PNG:
 * count it up when that changes.
 */
export const DRAWING_VERSION = [
  ...['satori', '@resvg/resvg-js', '@fontsource/inter'].map((name) => `${name}@${/** @type {{ version: string }} */ (require(`${name}/package.json`)).version}`),
  'indexed-png@2',
].join(' ');
