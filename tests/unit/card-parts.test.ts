import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, type CardNode } from '../../src/lib/card.ts';
import { layOut } from '../../src/lib/card-draw.mjs';
import { cardSvgMaker, type Render } from '../../src/lib/card-parts.mjs';
import { cardCases as cases, drawnLayout } from './card-layouts.ts';

const size = { width: CARD_WIDTH, height: CARD_HEIGHT };

/** satori, counting what it is asked to lay out. */
function countingLayOut() {
  const elements: CardNode[] = [];
  const render: Render = (element, options) => {
    elements.push(element);
    return layOut(element, options);
  };
  return { elements, render };
}

/** The texts of a layout, depth first. */
const texts = (node: string | CardNode): string[] =>
  typeof node === 'string' ? [node] : [node.props.children ?? []].flat().flatMap((child) => texts(child));

// Each case is laid out by satori a few times: on a shared, busy machine that can take a while.
describe('a card laid out in parts', { timeout: 60_000 }, () => {
  // One maker for every case, as in a card worker: later cases meet rows that earlier ones kept.
  const { elements, render } = countingLayOut();
  const cardSvg = cardSvgMaker(render, size);

  it.each(cases)('$name: the SVG satori writes for the whole card, met once, twice and again', async ({ facts }) => {
    const layout = drawnLayout(facts);
    const whole = await layOut(layout, size);
    // The first time its rows are laid out in place; the second time their heights are measured; then they are kept.
    for (let time = 0; time < 3; time++) {
      elements.length = 0;
      expect((await cardSvg(layout)).svg).toBe(whole);
    }
    // Only the middle row was laid out, between empty boxes that sit where the kept rows do: not drawn whole.
    expect(elements.map(texts)).toEqual([[`Question ${facts.n}`, facts.title]]);
  });

  it('lays out only the middle row of a new card whose first and last rows it has met', async () => {
    const facts = { ...cases[0]!.facts, n: 999, title: 'A title no other card has' };
    elements.length = 0;
    expect((await cardSvg(drawnLayout(facts))).svg).toBe(await layOut(drawnLayout(facts), size));
    expect(elements.map(texts)).toEqual([['Question 999', 'A title no other card has']]);
  });

  it('puts rows of fractional heights in place exactly', async () => {
    // satori rounds a line of text to whole pixels, so the card's rows are whole pixels high. A row with fractional
    // padding is not (35 + 2 x 3.7 = 42.4 px): the middle row then starts at 296.3 px, drawn at 296, and an empty
    // box of the rounded height, 42 px, would start it at 296.5, drawn at 297.
    const box = (style: Record<string, string | number>, children?: CardNode['props']['children']): CardNode => ({ type: 'div', props: { style: { display: 'flex', ...style }, children } });
    const card = (title: string) =>
      box({ width: CARD_WIDTH, height: CARD_HEIGHT, flexDirection: 'column', fontFamily: 'Inter latin' }, [
        box({ height: 16, background: '#1b56b3' }),
        box({ flexGrow: 1, flexDirection: 'column', justifyContent: 'space-between', padding: '56px 72px' }, [
          box({ fontSize: 31.3, lineHeight: 1.17 }, 'A first row'),
          box({ fontSize: 40 }, title),
          box({ fontSize: 27.1, lineHeight: 1.3, padding: '3.7px 0' }, 'A last row'),
        ]),
      ]);
    const maker = cardSvgMaker(render, size);
    for (const title of ['One title', 'One title', 'Another title', 'A third title, longer than the others']) {
      elements.length = 0;
      expect((await maker(card(title))).svg).toBe(await layOut(card(title), size));
    }
    expect(elements.map(texts)).toEqual([['A third title, longer than the others']]);
  });

  it.each([
    ['a root with no body column', { type: 'div', props: { style: { display: 'flex', width: CARD_WIDTH, height: CARD_HEIGHT }, children: 'Only text' } }],
    ['a body of two rows', { type: 'div', props: { style: { display: 'flex' }, children: [{ type: 'div', props: { style: { display: 'flex' } } }, { type: 'div', props: { style: { display: 'flex' }, children: [{ type: 'div', props: { style: { display: 'flex' }, children: 'a' } }, 'b'] } }] } }],
  ] as Array<[string, CardNode]>)('draws %s whole', async (_name, layout) => {
    const { elements: laidOut, render: counted } = countingLayOut();
    expect(await cardSvgMaker(counted, size)(layout)).toEqual({ svg: await layOut(layout, size) });
    expect(laidOut).toEqual([layout]);
  });
});
