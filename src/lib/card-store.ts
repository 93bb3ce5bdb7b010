// The preview cards of a build or a dev server, each drawn once however often it is asked for: by the build
// ahead of its pages (card-integration.ts) or by the card's own page (pages/cards/[n].png.ts), which then only
// waits for the file. The integration installs the store; the pages, bundled apart from it, find it on globalThis.
import type { CardNode } from './card';
import { CARD_CACHE_DIR, cachedCardFile, cardDigest, removeOtherDrawings, type CardDrawing } from './card-cache';
import { processSlot } from './process-slot';

export interface CardRequest {
  /** The question's number, which names the card in errors. */
  n: number;
  layout: CardNode;
}

export interface CardDrawer extends CardDrawing {
  close(): Promise<void>;
}

export class CardStore {
  readonly #files = new Map<string, Promise<string>>();
  #closed = false;

  /** `ahead`: cards drawn ahead at a time, few enough that a card asked for out of turn waits behind few. */
  constructor(
    private readonly drawer: CardDrawer,
    private readonly ahead: number,
    private readonly cacheDir = CARD_CACHE_DIR,
  ) {}

  /** The file of the card: the one drawn or being drawn for the same layout, or drawn now. */
  file({ n, layout }: CardRequest): Promise<string> {
    const digest = cardDigest(layout);
    const known = this.#files.get(digest);
    if (known) return known;
    const file = cachedCardFile(layout, this.drawer, this.cacheDir).catch((error: unknown) => {
      // Asked again, it is drawn again (a dev server keeps running after a failure).
      this.#files.delete(digest);
      throw new Error(`preview card of question ${n} (/cards/${n}.png): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
    this.#files.set(digest, file);
    return file;
  }

  /** Draws the cards a build is going to ask for, in the order given, until all are drawn or the store closes. */
  async drawAhead(requests: AsyncIterable<CardRequest>): Promise<void> {
    const drawing = new Set<Promise<unknown>>();
    for await (const request of requests) {
      if (this.#closed) break;
      // A card that fails here fails again, with its error, when its page asks for it.
      const done = this.file(request).catch(() => {});
      drawing.add(done);
      void done.finally(() => drawing.delete(done));
      if (drawing.size >= this.ahead) await Promise.race(drawing);
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
    await this.drawer.close();
  }

  /** Removes the cached cards of every drawing but this store's (older drawing code or libraries). */
  removeOtherDrawings(): Promise<void> {
    return removeOtherDrawings(this.drawer.drawing, this.cacheDir);
  }
}

// Installed by the integration, found by the bundled pages.
const installed = processSlot<CardStore>('card-store');

export function installCardStore(store: CardStore | undefined): void {
  installed.set(store);
}

export function installedCardStore(): CardStore {
  const store = installed.get();
  if (!store) throw new Error('preview cards: no card store; astro.config.mjs must list the previewCards() integration (src/lib/card-integration.ts)');
  return store;
}
