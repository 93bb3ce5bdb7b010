// Cards drawn ahead of the build's requests. Astro renders a few pages at a time (build.concurrency), in
// roughly path order, and a card spends most of its time on libuv's thread pool (rasterising, compressing):
// with a few cards in flight, the main thread lays out the next ones meanwhile and both cores stay busy.
import type { CardNode } from './card';
import { cachedCard, cardDigest } from './card-cache';

/** Cards in flight: enough to keep libuv's 4 threads and the main thread busy, few enough to hold little memory. */
export const CARDS_AHEAD = 6;

export type DrawCard = (layout: CardNode) => Promise<Uint8Array>;

export class CardQueue {
  readonly #inFlight = new Map<string, Promise<Uint8Array>>();
  #next = 0;

  /** `layouts` in the order the build will ask for them. */
  constructor(
    private readonly layouts: CardNode[],
    private readonly draw: DrawCard = cachedCard,
    private readonly ahead = CARDS_AHEAD,
  ) {
    this.#fill();
  }

  /** The card for `layout`: the one already in flight, or drawn now if the build asked out of order. */
  take(layout: CardNode): Promise<Uint8Array> {
    const digest = cardDigest(layout);
    const card = this.#inFlight.get(digest) ?? this.draw(layout);
    this.#inFlight.delete(digest);
    this.#fill();
    return card;
  }

  #fill(): void {
    while (this.#inFlight.size < this.ahead && this.#next < this.layouts.length) {
      const layout = this.layouts[this.#next++]!;
      const digest = cardDigest(layout);
      if (this.#inFlight.has(digest)) continue;
      const card = this.draw(layout);
      // A card nobody asks for must not fail the process; one that is asked for rejects in take().
      card.catch(() => {});
      this.#inFlight.set(digest, card);
    }
  }
}
