// @ts-check
// A card's SVG with its repeating rows laid out once per worker. The card's body is a column of three rows: the
// first (site name and topic) depends only on the topic, the last (answers and findings) only on the counts, and
// laying out and outlining their text is about half of satori's time. A row met for the first time is laid out in
// its card and its SVG kept; met again, its height is measured; from then on satori lays out an empty box of
// exactly that height in its place, and the row's kept SVG goes in the box's place. The SVG put together is the
// string satori writes for the whole card (tests/unit/card-parts.test.ts), so the pixels are the same.
// Plain JavaScript: the card workers (card-worker.mjs) load it without a TypeScript loader.

/**
 * @typedef {import('./card.ts').CardNode} CardNode
 * @typedef {(element: CardNode, options: { width: number, height?: number, pointScaleFactor?: number }) => Promise<string>} Render
 * @typedef {{ svg: string, height: number | undefined }} Row
 * @typedef {object} CardSvg
 * @property {string} svg The SVG satori writes for the whole card.
 * @property {{ head: string, first: Row, middle: string, last: Row }} [parts] When it was put together from both
 *   kept rows: the SVG before the rows (the card's frame), the kept rows and the middle row's SVG.
 */

/** The body column is the root's child of this index; its rows are the column's three children. */
const BODY = 1;
const ROWS = 3;
/** Rows kept per worker: distinct topics and distinct counts, a few hundred at 5,000 questions. */
const MAX_ROWS = 500;

// satori writes each box as its overflow mask (named by the box's path in the tree) followed by what is drawn in
// it, in the tree's order: a row's SVG runs from its mask to the next row's.
/** @param {number} row */
const rowMark = (row) => `<mask id="satori_om-id-${BODY}-${row}">`;
const END = '</svg>';

/** @param {number} height @returns {CardNode} */
const spacer = (height) => ({ type: 'div', props: { style: { display: 'flex', flexShrink: 0, height } } });

/**
 * The layout's body rows, or nothing for a layout of another shape (then drawn whole).
 * @param {CardNode} layout
 */
function bodyRows(layout) {
  const children = layout.props.children;
  const body = Array.isArray(children) ? children[BODY] : undefined;
  const rows = typeof body === 'object' ? body.props.children : undefined;
  return Array.isArray(rows) && rows.length === ROWS && rows.every((row) => typeof row === 'object') ? /** @type {CardNode[]} */ (rows) : undefined;
}

/**
 * The layout with its body's rows replaced.
 * @param {CardNode} layout
 * @param {CardNode[]} rows
 * @returns {CardNode}
 */
function withRows(layout, rows) {
  const children = /** @type {Array<string | CardNode>} */ (layout.props.children);
  const body = /** @type {CardNode} */ (children[BODY]);
  const replaced = children.map((child, i) => (i === BODY ? { ...body, props: { ...body.props, children: rows } } : child));
  return { ...layout, props: { ...layout.props, children: replaced } };
}

/**
 * The SVG of one body row, from its mask to the next row's (or the end), or nothing when satori wrote no mask for it.
 * @param {string} svg
 * @param {number} row
 */
function rowSvg(svg, row) {
  const start = svg.indexOf(rowMark(row));
  const end = row + 1 < ROWS ? svg.indexOf(rowMark(row + 1), start) : svg.length - END.length;
  return start < 0 || end < 0 || !svg.endsWith(END) ? undefined : svg.slice(start, end);
}

/** The row's own mask, which holds its box as laid out: where it is and its whole-pixel size. @param {string} svg */
const maskOf = (svg) => svg.slice(0, svg.indexOf('</mask>') + '</mask>'.length);

/** @param {string} attribute @param {string} svg */
const numberIn = (attribute, svg) => Number(new RegExp(` ${attribute}="([^"]+)"`).exec(svg)?.[1]);

/**
 * Lays out cards with `render` (satori with the card's fonts), keeping the first and last body rows seen.
 * @param {Render} render
 * @param {{ width: number, height: number }} size
 */
export function cardSvgMaker(render, size) {
  /**
   * Rows met, by everything that decides their SVG, with their height once a second card has them: most rows of
   * a real handbook's counts are met once.
   * @type {Map<string, Row>}
   */
  const kept = new Map();

  /**
   * The row's height as the layout engine has it before rounding (a 32-bit float), so that an empty box of that
   * height takes its place exactly: the height of an SVG of the row alone, in a box of the column's inner width
   * with what the root passes down to it, laid out without rounding. Unrounded, text widths are not rounded up
   * either, which could wrap its text differently: that shows as a height a line away from the rounded one, and
   * then there is none (NaN), and the row is laid out with each card.
   * @param {CardNode} layout
   * @param {CardNode} row
   * @param {string} svg The row's SVG in the card.
   */
  async function unroundedHeight(layout, row, svg) {
    const mask = maskOf(svg);
    const width = numberIn('width', mask);
    const { width: _width, height: _height, background: _background, ...inherited } = layout.props.style;
    const height = numberIn('height', await render({ type: 'div', props: { style: { ...inherited, width }, children: [row] } }, { width, pointScaleFactor: 0 }));
    return Math.abs(height - numberIn('height', mask)) < 1 ? height : NaN;
  }

  /** @param {string} key @param {Row} row */
  function keep(key, row) {
    // The oldest goes first: cards come in the order of their questions, and topics in runs.
    if (kept.size >= MAX_ROWS) kept.delete(/** @type {string} */ (kept.keys().next().value));
    kept.set(key, row);
  }

  /** @param {CardNode} layout @returns {Promise<CardSvg>} */
  const whole = async (layout) => ({ svg: await render(layout, size) });

  /**
   * The card's SVG, as satori writes it for the whole layout.
   * @param {CardNode} layout
   * @returns {Promise<CardSvg>}
   */
  return async function cardSvg(layout) {
    const body = bodyRows(layout);
    if (!body) return whole(layout);
    const frame = JSON.stringify(withRows(layout, []));
    const ends = await Promise.all(
      [0, ROWS - 1].map(async (index) => {
        const row = /** @type {CardNode} */ (body[index]);
        const key = `${frame} ${index} ${JSON.stringify(row)}`;
        const known = kept.get(key);
        if (known && known.height === undefined) known.height = await unroundedHeight(layout, row, known.svg);
        return { index, key, known: known && !Number.isNaN(known.height) ? known : undefined };
      }),
    );
    // The rows known are empty boxes of their heights; the others are laid out with the middle row.
    const rows = body.map((row, index) => {
      const known = ends.find((end) => end.index === index)?.known;
      return known ? spacer(/** @type {number} */ (known.height)) : row;
    });
    const svg = await render(withRows(layout, rows), size);
    const parts = [0, 1, 2].map((index) => rowSvg(svg, index));
    for (const { index, key, known } of ends) {
      const part = parts[index];
      if (part === undefined) return whole(layout);
      if (known) {
        // The empty box must sit where the row does, to the pixel; otherwise the card is laid out whole.
        if (part !== maskOf(known.svg)) return whole(layout);
        parts[index] = known.svg;
      } else if (!kept.has(key)) keep(key, { svg: part, height: undefined });
    }
    const head = svg.slice(0, svg.indexOf(rowMark(0)));
    const [first, last] = ends.map((end) => end.known);
    const middle = /** @type {string} */ (parts[1]);
    return { svg: `${head}${parts.join('')}${END}`, parts: first && last ? { head, first, middle, last } : undefined };
  };
}
