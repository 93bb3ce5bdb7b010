// The card facts the card drawing tests run over, and the layouts card-draw.mjs hands to satori.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { cardLayout, type CardFacts, type CardNode } from '../../src/lib/card.ts';
import { backgroundApart } from '../../src/lib/card-draw.mjs';

/** The cases of tests/fixtures/cards/: the real cards' kinds (cases.yaml) and layouts that vary every row (layouts.yaml). */
export const cardCases = ['cases.yaml', 'layouts.yaml'].flatMap(
  (file) => parse(readFileSync(`tests/fixtures/cards/${file}`, 'utf8')) as Array<{ name: string; facts: CardFacts }>,
);

/** A card's layout as card-draw.mjs hands it to satori: its background is resvg's canvas. */
export const drawnLayout = (facts: CardFacts): CardNode => backgroundApart(cardLayout(facts)).drawn;

/** The card's background colour, which fills resvg's canvas. */
export const cardBackground = (facts: CardFacts) => backgroundApart(cardLayout(facts)).background;
