// A question's preview card (the og:image a pasted link unfurls into): what it says, and its layout as a
// tree of boxes for satori. Pure: drawing it is card-draw.mjs's job.
import { CARD_FONT_SUBSETS, CARD_HEIGHT, CARD_WIDTH } from './card-canvas.mjs';
import { KINDS, correctionsPhrase, kindInfo, type Kind, type KindCounts } from './kinds';

export { CARD_HEIGHT, CARD_WIDTH };
export const SITE_NAME = 'CV Interview Handbook';

const fontFamily = CARD_FONT_SUBSETS.map((subset) => `Inter ${subset}`).join(', ');

/** Everything a card shows; two questions with equal facts get byte-identical cards. */
export interface CardFacts {
  n: number;
  title: string;
  topic: string;
  answers: number;
  reviewed: boolean;
  counts: KindCounts;
}

/** The card in words, for og:image:alt: the same facts a sighted reader gets from the picture. */
export function cardAlt(facts: CardFacts): string {
  const phrase = correctionsPhrase(facts.counts);
  // "not yet reviewed, no corrections" would read as a verdict the editors never gave.
  const review = facts.reviewed ? phrase : facts.counts.total > 0 ? `not yet reviewed, ${phrase}` : 'not yet reviewed';
  return `${SITE_NAME}, question ${facts.n} (${facts.topic}): ${facts.title} ${facts.answers} answers, ${review}.`;
}

/** An element as satori reads it (the shape of a React element, without React). */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: string | CardNode | Array<string | CardNode> };
}

const box = (style: CardNode['props']['style'], children?: CardNode['props']['children']): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

// The site's light theme (src/styles/tokens.css): a card is one picture, whatever theme the reader uses.
const colour = { bg: '#fbfaf7', text: '#0d0e10', muted: '#575a61', accent: '#1b56b3', border: '#dcd8cf' };
const kindColour: Record<Kind, { fg: string; bg: string; line: string }> = {
  factual: { fg: '#9d1c1c', bg: '#fde8e6', line: '#d64545' },
  outdated: { fg: '#864400', bg: '#fdf0dc', line: '#d98a1c' },
  unsupported: { fg: '#682ba3', bg: '#f2e9fc', line: '#9a5fd6' },
  misleading: { fg: '#0c6355', bg: '#e2f4f0', line: '#259d88' },
  truncated: { fg: '#474a50', bg: '#eceef0', line: '#8a8f97' },
  repair: { fg: '#2a4f80', bg: '#e6eef8', line: '#5a86c0' },
};

/** Long titles get a smaller size so that they still fit in four lines. */
function titleSize(title: string): number {
  if (title.length <= 60) return 64;
  if (title.length <= 100) return 54;
  if (title.length <= 140) return 46;
  return 38;
}

function chip(text: string, look: { fg: string; bg: string; line: string }): CardNode {
  return box(
    { padding: '8px 18px', borderRadius: 999, border: `2px solid ${look.line}`, background: look.bg, color: look.fg, fontSize: 28, fontWeight: 700 },
    text,
  );
}

function findingChips(facts: CardFacts): CardNode[] {
  const plain = { fg: colour.muted, bg: colour.bg, line: colour.border };
  const chips = KINDS.filter((kind) => facts.counts[kind] > 0).map((kind) =>
    chip(`${facts.counts[kind]} ${facts.counts[kind] === 1 ? kindInfo[kind].label : kindInfo[kind].plural}`, kindColour[kind]),
  );
  if (!facts.reviewed) chips.push(chip('Not yet reviewed', plain));
  else if (chips.length === 0) chips.push(chip('No corrections', plain));
  return chips;
}

/** The accent bar along the card's top: a filled box, where a border made satori clip a stroke over the whole card (a sixth of resvg's time). */
const ACCENT_BAR = 16;

export function cardLayout(facts: CardFacts): CardNode {
  const size = titleSize(facts.title);
  return box({ width: CARD_WIDTH, height: CARD_HEIGHT, flexDirection: 'column', background: colour.bg, color: colour.text, fontFamily }, [
    box({ height: ACCENT_BAR, flexShrink: 0, background: colour.accent }),
    box({ flexGrow: 1, flexDirection: 'column', justifyContent: 'space-between', padding: '56px 72px' }, [
      box({ justifyContent: 'space-between', alignItems: 'center', gap: 40, fontSize: 30, color: colour.muted }, [
        box({ flexShrink: 0, color: colour.accent, fontWeight: 700 }, SITE_NAME),
        box({ textAlign: 'right' }, facts.topic),
      ]),
      box({ flexDirection: 'column' }, [
        box({ fontSize: 34, fontWeight: 700, color: colour.accent, marginBottom: 16 }, `Question ${facts.n}`),
        box({ display: 'block', fontSize: size, fontWeight: 700, lineHeight: 1.18, lineClamp: 4 }, facts.title),
      ]),
      box({ alignItems: 'center', flexWrap: 'wrap', gap: 14, fontSize: 28 }, [
        box({ color: colour.muted, fontWeight: 700, marginRight: 6 }, `${facts.answers} answers`),
        ...findingChips(facts),
      ]),
    ]),
  ]);
}
