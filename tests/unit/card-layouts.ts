// The card facts the card drawing tests run over, and the layouts card-draw.mjs hands to satori.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { cardLayout, type CardFacts, type CardNode } from '../../src/lib/card.ts';

/** The cases of tests/fixtures/cards/: the real cards' kinds (cases.yaml) and layouts that vary every row (layouts.yaml). */
export const cardCases = ['cases.yaml', 'layouts.yaml'].flatMap(
  (file) => parse(readFileSync(`tests/fixtures/cards/${file}`, 'utf8')) as Array<{ name: string; facts: CardFacts }>,
);

/** A card's layout as card-draw.mjs hands it to satori: its background is resvg's canvas. */
export function drawnLayout(facts: CardFacts): CardNode {
  const layout = cardLayout(facts);
  const { background: _background, ...style } = layout.props.style;
  return { ...layout, props: { ...layout.props, style } };
}

/** The card's background colour, which fills resvg's canvas. */
export const cardBackground = (facts: CardFacts) => String(cardLayout(facts).props.style.background);
