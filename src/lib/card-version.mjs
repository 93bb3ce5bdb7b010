// @ts-check
// The drawing libraries' versions, which decide a card's bytes besides its layout and the drawing code (whose
// digest card-workers.ts adds), read without loading satori and resvg: the card cache (card-cache.ts) names a
// card on Astro's main thread, and only the card workers draw.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A new version of any of these draws every card again. */
export const DRAWING_VERSION = ['satori', '@resvg/resvg-js', '@fontsource/inter']
  .map((name) => `${name}@${/** @type {{ version: string }} */ (require(`${name}/package.json`)).version}`)
  .join(' ');
