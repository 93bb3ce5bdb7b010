// @ts-check
// A card's canvas: its size and the fonts its text is set in. Shared by its layout (card.ts) and its drawing
// (card-draw.mjs), which runs in worker threads as plain JavaScript.

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Inter's subsets, each loaded as its own family: satori takes a glyph from the first family in the list that has it. */
export const CARD_FONT_SUBSETS = /** @type {const} */ (['latin', 'latin-ext', 'greek']);
