// @ts-check
// A card's pixels with its kept rows (card-parts.mjs) rasterised once per worker: resvg then draws only the rows
// of the middle row's box, a third of a card's, and the card is copied together from its frame (the background and
// the accent bar) and the three rows' bands. resvg draws each shape over what is under it, so a pixel that only one
// row's shapes touch is the same drawn with that row alone: each band is the rows where its row changes the frame,
// drawn from the row's box with a margin on each side that must stay the frame's, and bands must not overlap (a
// shape wholly beyond its row's box and margin would be missed: satori draws a row's text around its lines). A band
// is drawn by moving the view by whole pixels, which resvg draws the same (tests/unit/card-raster.test.ts compares
// every case with the whole card drawn at once).
// Plain JavaScript: the card workers (card-worker.mjs) load it without a TypeScript loader.

/**
 * @typedef {import('./card-parts.mjs').CardSvg} CardSvg
 * @typedef {import('./card-parts.mjs').Row} Row
 * @typedef {(svg: string) => Uint8Array} Rasterise RGBA pixels, row by row, of an SVG as wide as the card.
 * @typedef {{ top: number, bottom: number, rgba: Uint8Array }} Band Rows top to bottom (excluded) of a drawing.
 */

/** Rows drawn on each side of a row's box, in which nothing of the row may show. */
const MARGIN = 16;
/**
 * Bands kept per worker, the most recently used: a header row's band is about 150 KB, a chips row's 260 KB. More than
 * the topics of a 5,000-question handbook, whose cards take them in turn.
 */
const MAX_BANDS = 128;
const END = '</svg>';

/**
 * @param {Rasterise} rasterise
 * @param {{ width: number, height: number }} size
 */
export function cardPixelsMaker(rasterise, { width, height }) {
  const stride = width * 4;
  const tag = `<svg width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`;
  /** The last frame drawn: every card of a handbook has the same. @type {{ head: string, rgba: Uint8Array } | undefined} */
  let frame;
  /** @type {Map<Row, { head: string, band: Band | undefined }>} */
  const bands = new Map();

  /** @param {string} head */
  function frameOf(head) {
    if (frame?.head !== head) frame = { head, rgba: rasterise(`${head}${END}`) };
    return frame.rgba;
  }

  /**
   * The rows where a row's drawing changes the frame, drawn alone from its box's rows and a margin on each side, or
   * nothing when it shows in a margin (or not at all).
   * @param {string} head The card's SVG before its rows.
   * @param {string} part A row's SVG, which starts with its mask: its box.
   * @returns {Band | undefined}
   */
  function drawnBand(head, part) {
    const box = / y="([^"]+)" width="[^"]+" height="([^"]+)"/.exec(part);
    if (!box) return undefined;
    const top = Math.max(0, Math.floor(Number(box[1])) - MARGIN);
    const bottom = Math.min(height, Math.ceil(Number(box[1]) + Number(box[2])) + MARGIN);
    if (!(bottom > top)) return undefined;
    // The view moved by whole pixels, which resvg draws the same.
    const rgba = rasterise(`<svg width="${width}" height="${bottom - top}" viewBox="0 ${top} ${width} ${bottom - top}"${head.slice(tag.length)}${part}${END}`);
    const background = frameOf(head);
    const differs = (/** @type {number} */ y) => Buffer.compare(rgba.subarray((y - top) * stride, (y - top + 1) * stride), background.subarray(y * stride, (y + 1) * stride)) !== 0;
    let start = top;
    while (start < bottom && !differs(start)) start++;
    let end = bottom;
    while (end > start && !differs(end - 1)) end--;
    // The margins are clear, or are the card's edge.
    if (start === end || start - top < Math.min(MARGIN, top) || bottom - end < Math.min(MARGIN, height - bottom)) return undefined;
    // A copy: resvg's pixels are a Buffer, whose slice is a view that would keep the whole drawing.
    return { top: start, bottom: end, rgba: new Uint8Array(rgba.subarray((start - top) * stride, (end - top) * stride)) };
  }

  /** @param {Row} row @param {string} head */
  function keptBand(row, head) {
    const known = bands.get(row);
    bands.delete(row);
    const band = known?.head === head ? known.band : drawnBand(head, row.svg);
    if (bands.size >= MAX_BANDS) bands.delete(/** @type {Row} */ (bands.keys().next().value));
    bands.set(row, { head, band });
    return band;
  }

  /**
   * The card's RGBA pixels, as resvg draws its whole SVG.
   * @param {CardSvg} card
   * @returns {Uint8Array}
   */
  return function cardPixels({ svg, parts }) {
    if (!parts || !parts.head.startsWith(tag)) return rasterise(svg);
    const { head, first, middle, last } = parts;
    const bandsInOrder = [keptBand(first, head), drawnBand(head, middle), keptBand(last, head)];
    const overlap = bandsInOrder.some((band, i) => !band || (i > 0 && /** @type {Band} */ (bandsInOrder[i - 1]).bottom > band.top));
    if (overlap) return rasterise(svg);
    const rgba = new Uint8Array(frameOf(head));
    for (const band of /** @type {Band[]} */ (bandsInOrder)) rgba.set(band.rgba, band.top * stride);
    return rgba;
  };
}
