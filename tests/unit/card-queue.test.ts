import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cardLayout, type CardFacts, type CardNode } from '../../src/lib/card.ts';
import { CardQueue } from '../../src/lib/card-queue.ts';

const [facts] = (parse(readFileSync('tests/fixtures/cards/cases.yaml', 'utf8')) as Array<{ facts: CardFacts }>).map((c) => c.facts);
const layouts = [1, 2, 3, 4, 5].map((n) => cardLayout({ ...facts!, n }));
const numberOf = (layout: CardNode) => JSON.stringify(layout).match(/Question (\d+)/)![1];

/** A stand-in for drawing that records which cards it was asked for and answers with the card's number. */
function recorder(fail: string[] = []) {
  const drawn: string[] = [];
  const draw = async (layout: CardNode) => {
    const n = numberOf(layout)!;
    drawn.push(n);
    if (fail.includes(n)) throw new Error(`card ${n} failed`);
    return new TextEncoder().encode(n);
  };
  return { drawn, draw };
}
const text = async (card: Promise<Uint8Array>) => new TextDecoder().decode(await card);

describe('cards drawn ahead', () => {
  it('starts the first cards before the build asks, and one more for each it takes', async () => {
    const { drawn, draw } = recorder();
    const queue = new CardQueue(layouts, draw, 2);
    expect(drawn).toEqual(['1', '2']);
    expect(await text(queue.take(layouts[0]!))).toBe('1');
    expect(drawn).toEqual(['1', '2', '3']);
    for (const layout of layouts.slice(1)) await queue.take(layout);
    expect(drawn).toEqual(['1', '2', '3', '4', '5']);
  });

  it('draws a card asked for out of order at once', async () => {
    const { drawn, draw } = recorder();
    const queue = new CardQueue(layouts, draw, 2);
    expect(await text(queue.take(layouts[3]!))).toBe('4');
    expect(drawn).toEqual(['1', '2', '4']);
    expect(await text(queue.take(layouts[0]!))).toBe('1');
    expect(drawn).toEqual(['1', '2', '4', '3']);
  });

  it('fails the card that is asked for, and nothing else', async () => {
    const { draw } = recorder(['2', '5']);
    const queue = new CardQueue(layouts, draw, 5);
    await expect(queue.take(layouts[1]!)).rejects.toThrow('card 2 failed');
    // Card 5 failed too, but nobody asks for it: no unhandled rejection reaches the process.
    expect(await text(queue.take(layouts[0]!))).toBe('1');
  });
});
