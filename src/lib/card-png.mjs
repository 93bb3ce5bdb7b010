// @ts-check
// A card as an indexed-colour PNG: a card has a few flat colours and their anti-aliased edges, about 200 to 320
// colours in all (100 to 200 once neighbouring shades are one), so a 256-colour palette keeps it as drawn at 40%
// of the bytes of resvg's RGBA PNG.
// The file itself is written by indexed-png.mjs. Plain JavaScript: the card workers (card-worker.mjs) load it
// without a TypeScript loader.

const MAX_COLOURS = 256;
/**
 * Colours this close on every channel are one, the first seen: neighbouring levels of a glyph edge's
 * anti-aliasing, which no eye tells apart. A third fewer colours make a card 4% smaller.
 */
const SAME_SHADE = 1;
/** Slots of the cache of recent colours (indexColours): some 300 colours in a card, few colliding. */
const RECENT_BITS = 10;
const RECENT = 1 << RECENT_BITS;

/**
 * @typedef {object} IndexedImage
 * @property {Uint8Array} palette RGB triples, at most 256 of them.
 * @property {Uint8Array} scanlines The PNG's rows as they are compressed: each its filter type, 0 (none), then one
 *   palette index a pixel.
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
/** @param {number} a @param {number} b */
const sameShade = (a, b) =>
  Math.abs(red(a) - red(b)) <= SAME_SHADE && Math.abs(green(a) - green(b)) <= SAME_SHADE && Math.abs(blue(a) - blue(b)) <= SAME_SHADE;

/**
 * Writes each pixel's index into `scanlines`, asking `indexOf` once a run of one colour: runs are the rule
 * (background, fills; some 25,000 runs in a card's 756,000 pixels). Pixel by pixel into the rows themselves, with
 * no array of runs and no copy: a third less time than writing runs into an array of indices, then rows. A row of
 * the same pixels as the row above (some 375 of a card's 630: margins, space between lines) is copied from it.
 * @param {Int32Array} pixels
 * @param {number} width
 * @param {Uint8Array} scanlines
 * @param {(colour: number, pixel: number) => number} indexOf
 */
function writeScanlines(pixels, width, scanlines, indexOf) {
  const bytes = Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength);
  const rowBytes = width * 4;
  let current = 0;
  let index = -1;
  for (let p = 0, out = 1; p < pixels.length; out++) {
    // Its last pixel is the colour `current` holds, of the index `index` holds, as after writing it.
    if (p > 0 && bytes.compare(bytes, p * 4 - rowBytes, p * 4, p * 4, p * 4 + rowBytes) === 0) {
      scanlines.copyWithin(out, out - width - 1, out - 1);
      p += width;
      out += width;
      continue;
    }
    for (const rowEnd = p + width; p < rowEnd; p++, out++) {
      const colour = /** @type {number} */ (pixels[p]);
      if (colour !== current || index < 0) {
        current = colour;
        index = indexOf(colour, p);
      }
      scanlines[out] = index;
    }
  }
}

/**
 * Each colour an index, which it shares with later colours of the same shade (SAME_SHADE). With more than 256
 * colours left, the 256 most frequent are kept and each rarer one (a shade of a glyph's edge, a few pixels)
 * becomes the nearest kept colour. Deterministic: ties go to the colour seen first.
 * @param {Uint8Array} rgba
 * @param {number} width
 * @returns {IndexedImage}
 */
export function indexColours(rgba, width) {
  // Read as signed words: an opaque colour is then a small integer to V8 (0xff in the top byte makes it negative),
  // which a Map looks up several times faster than the large unsigned one.
  const pixels = new Int32Array(rgba.buffer, rgba.byteOffset, rgba.byteLength / 4);
  const scanlines = new Uint8Array(pixels.length + pixels.length / width);
  /** Each colour met, as its place in `colours`. @type {Map<number, number>} */
  const ids = new Map();
  /** The colours kept, each standing for the shades of it met later. @type {number[]} */
  const colours = [];
  /**
   * The last colour met in each of RECENT slots (by a hash of it) and its id, ahead of the Map: a glyph's edge
   * takes turns among a few colours a pixel or two at a time. 0, no opaque colour, is an empty slot.
   */
  const recent = new Int32Array(2 * RECENT);
  // In the order first seen, which is each colour's index when there are 256 or fewer (ids past 255 are written
  // over below).
  writeScanlines(pixels, width, scanlines, (colour, pixel) => {
    const slot = (Math.imul(colour, 0x9e3779b1) >>> (32 - RECENT_BITS)) << 1;
    if (recent[slot] === colour && colour !== 0) return /** @type {number} */ (recent[slot + 1]);
    const id = colourId(ids, colours, colour, pixel);
    recent[slot] = colour;
    recent[slot + 1] = id;
    return id;
  });
  if (colours.length <= MAX_COLOURS) return { palette: rgbTriples(colours), scanlines };
  // Too many: written again, each colour as its slot among the frequent ones.
  const { kept, slot } = keepFrequent(colours, colourCounts(pixels, ids, colours.length));
  writeScanlines(pixels, width, scanlines, (colour) => /** @type {number} */ (slot[/** @type {number} */ (ids.get(colour))]));
  return { palette: rgbTriples(kept), scanlines };
}

/**
 * A colour's id: its own when met before, else the first colour kept of the same shade (SAME_SHADE), else a new
 * one. A function of its own, out of the callback that looks up recent colours: with it written into that callback,
 * indexing took 10-20% longer.
 * @param {Map<number, number>} ids Each colour met, as its place in `colours`.
 * @param {number[]} colours
 * @param {number} colour
 * @param {number} pixel Where it is, for the error.
 */
function colourId(ids, colours, colour, pixel) {
  let id = ids.get(colour);
  if (id === undefined) {
    // A card paints its own background; transparency would be lost in an RGB palette.
    if (colour >>> 24 !== 0xff) throw new Error(`card pixel ${pixel} is not opaque`);
    id = colours.findIndex((kept) => sameShade(kept, colour));
    if (id < 0) {
      id = colours.length;
      colours.push(colour);
    }
    ids.set(colour, id);
  }
  return id;
}

/**
 * Pixels of each colour kept, counted a run at a time: needed only past 256 colours (a real card has at most about
 * 200 once shades are one), so not counted while indexing.
 * @param {Int32Array} pixels
 * @param {Map<number, number>} ids
 * @param {number} colours
 * @returns {number[]}
 */
function colourCounts(pixels, ids, colours) {
  const counts = new Array(colours).fill(0);
  for (let p = 0; p < pixels.length; ) {
    const colour = pixels[p];
    const start = p;
    while (p < pixels.length && pixels[p] === colour) p++;
    counts[/** @type {number} */ (ids.get(/** @type {number} */ (colour)))] += p - start;
  }
  return counts;
}

/**
 * The most frequent colours are kept, in order of frequency, and each rarer one goes to the nearest kept.
 * @param {number[]} colours
 * @param {number[]} counts The pixels of each colour.
 * @returns {{ kept: number[], slot: Uint8Array }}
 */
function keepFrequent(colours, counts) {
  const count = (/** @type {number} */ i) => /** @type {number} */ (counts[i]);
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
