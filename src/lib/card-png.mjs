// @ts-check
// A card as an indexed-colour PNG: a card has a few flat colours and their anti-aliased edges, about 200 to 320
// colours in all, so a 256-colour palette keeps it as drawn at 40% of the bytes of resvg's RGBA PNG.
// Plain JavaScript: the card workers (card-worker.mjs) load it without a TypeScript loader.
import { crc32, deflateSync } from 'node:zlib';

const MAX_COLOURS = 256;
/** Runs shorter than this are written pixel by pixel. */
const SHORT_RUN = 32;

/**
 * @typedef {object} IndexedImage
 * @property {Uint8Array} palette RGB triples, at most 256 of them.
 * @property {Uint8Array} indices One palette index a pixel, row by row.
 */

// A colour is one RGBA pixel read as a 32-bit word: 0xAABBGGRR on the little-endian machines Node runs on.
/** @param {number} colour */
const red = (colour) => colour & 0xff;
/** @param {number} colour */
const green = (colour) => (colour >>> 8) & 0xff;
/** @param {number} colour */
const blue = (colour) => (colour >>> 16) & 0xff;
/** @param {number} a @param {number} b */
const distance = (a, b) => (red(a) - red(b)) ** 2 + (green(a) - green(b)) ** 2 + (blue(a) - blue(b)) ** 2;

/**
 * Each colour an index. Up to 256 colours this is exact. Past that, the 256 most frequent colours are kept and
 * each rarer one (a shade of a glyph's edge, a few pixels) becomes the nearest kept colour. Deterministic: ties go
 * to the colour seen first.
 * @param {Uint8Array} rgba
 * @returns {IndexedImage}
 */
export function indexColours(rgba) {
  // Read as signed words: an opaque colour is then a small integer to V8 (0xff in the top byte makes it negative),
  // which a Map looks up several times faster than the large unsigned one.
  const pixels = new Int32Array(rgba.buffer, rgba.byteOffset, rgba.byteLength / 4);
  /** @type {Map<number, number>} */
  const ids = new Map();
  /** @type {number[]} */
  const colours = [];
  // Runs of one colour are the rule (background, fills; some 25,000 runs in a card's 756,000 pixels): a colour is
  // looked up, counted and written once a run.
  /** @type {number[]} */
  const runStarts = [];
  /** @type {number[]} */
  const runIds = [];
  let current = 0;
  for (let p = 0; p < pixels.length; p++) {
    const colour = /** @type {number} */ (pixels[p]);
    if (colour === current && p > 0) continue;
    let known = ids.get(colour);
    if (known === undefined) {
      // A card paints its own background; transparency would be lost in an RGB palette.
      if (colour >>> 24 !== 0xff) throw new Error(`card pixel ${p} is not opaque`);
      known = colours.length;
      ids.set(colour, known);
      colours.push(colour);
    }
    current = colour;
    runStarts.push(p);
    runIds.push(known);
  }
  runStarts.push(pixels.length);
  const { kept, slot } = colours.length <= MAX_COLOURS ? { kept: colours, slot: colours.map((_, i) => i) } : keepFrequent(colours, runStarts, runIds);
  const indices = new Uint8Array(pixels.length);
  for (let r = 0; r < runIds.length; r++) {
    const index = /** @type {number} */ (slot[/** @type {number} */ (runIds[r])]);
    const start = /** @type {number} */ (runStarts[r]);
    const end = /** @type {number} */ (runStarts[r + 1]);
    // Most runs are a few pixels of a glyph's edge, which a loop writes for less than a call to fill (a card: 2.9 → 2.1 ms).
    if (end - start < SHORT_RUN) for (let i = start; i < end; i++) indices[i] = index;
    else indices.fill(index, start, end);
  }
  return { palette: rgbTriples(kept), indices };
}

/**
 * Too many colours: the most frequent are kept, in order of frequency, and each rarer one goes to the nearest kept.
 * @param {number[]} colours
 * @param {number[]} runStarts Where each run starts, and after the last one the image's end.
 * @param {number[]} runIds The colour of each run.
 * @returns {{ kept: number[], slot: ArrayLike<number> }}
 */
function keepFrequent(colours, runStarts, runIds) {
  const counts = new Uint32Array(colours.length);
  const count = (/** @type {number} */ i) => /** @type {number} */ (counts[i]);
  for (let r = 0; r < runIds.length; r++) {
    const i = /** @type {number} */ (runIds[r]);
    counts[i] = count(i) + /** @type {number} */ (runStarts[r + 1]) - /** @type {number} */ (runStarts[r]);
  }
  const order = colours.map((_, i) => i).sort((a, b) => count(b) - count(a) || a - b);
  const kept = order.slice(0, MAX_COLOURS).map((i) => /** @type {number} */ (colours[i]));
  const slot = new Uint8Array(colours.length);
  order.forEach((i, rank) => {
    slot[i] = rank < MAX_COLOURS ? rank : nearest(/** @type {number} */ (colours[i]), kept);
  });
  return { kept, slot };
}

/** @param {number[]} colours */
function rgbTriples(colours) {
  const triples = new Uint8Array(colours.length * 3);
  colours.forEach((colour, i) => triples.set([red(colour), green(colour), blue(colour)], i * 3));
  return triples;
}

/** @param {number} colour @param {number[]} palette */
function nearest(colour, palette) {
  let best = 0;
  for (let i = 1; i < palette.length; i++) {
    if (distance(colour, /** @type {number} */ (palette[i])) < distance(colour, /** @type {number} */ (palette[best]))) best = i;
  }
  return best;
}

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** @param {string} type @param {Uint8Array} data */
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * The PNG file (colour type 3, 8 bits an index, no filter: the PNG spec's advice for palette images). Written
 * here rather than with fast-png, whose deflate in JavaScript took 4 times as long as node:zlib for the same
 * bytes. Synchronous: a card is drawn in a worker thread of its own (card-workers.ts).
 * @param {IndexedImage} image
 * @param {number} width
 * @param {number} height
 * @returns {Uint8Array}
 */
export function indexedPng({ palette, indices }, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  // Each row starts with its filter type, 0 (none).
  const rows = new Uint8Array(height * (width + 1));
  for (let y = 0; y < height; y++) rows.set(indices.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', palette), chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array())]);
}
