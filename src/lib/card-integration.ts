// Preview cards drawn in worker threads once `astro build` has loaded the collections: while Astro bundles and
// writes the other pages, the cards are drawn from the converter's output (card-requests.ts), so that
// /cards/<n>.png mostly finds its card drawn. In `npm run dev` cards are drawn when asked for.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { parseYamlMemoText, yamlMemo, yamlMemoText } from '../../scripts/lib/yaml-memo.ts';
import { cardRequests } from './card-requests';
import { CardStore, installCardStore } from './card-store';
import { cardWorkers } from './card-workers';
import { contentPath } from './content-root';
import { writeWhole } from './write-whole.mjs';

/** What the facts file holds, as yaml-memo.ts labels a kept memo. */
const CARD_FACTS = 'card facts';

/** The facts read ahead from one content/ (card-requests.ts): builds of other handbooks keep theirs apart. */
const cardFactsFile = (content: string) => join('node_modules', '.cache', 'handbook-card-facts', `${createHash('sha256').update(content).digest('hex').slice(0, 16)}.json`);

/** The cards of the content/ at `content` drawn ahead, with the facts read last time; the facts read this time kept for the next. */
async function drawAhead(store: CardStore, content: string): Promise<void> {
  const file = cardFactsFile(content);
  const before = await readFile(file, 'utf8').then((text) => parseYamlMemoText(text, CARD_FACTS), () => undefined);
  const memo = yamlMemo(before);
  await store.drawAhead(cardRequests(content, memo));
  await writeWhole(file, yamlMemoText(memo.used(), CARD_FACTS));
}

export function previewCards(): AstroIntegration {
  let store: CardStore | undefined;
  const close = async () => {
    installCardStore(undefined);
    await store?.close();
    store = undefined;
  };
  return {
    name: 'preview-cards',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' && command !== 'dev') return;
        const workers = cardWorkers();
        // Two cards queued a worker: one drawing, one waiting, and a card asked for out of turn waits behind few.
        store = new CardStore(workers, 2 * workers.threads);
        installCardStore(store);
      },
      // Not from the build's start: beside the compile workers, which keep both cores busy, the card workers saved
      // no time and their heaps added to the compile's memory peak (README, "Figures on the machine of session 18").
      'astro:build:start': ({ logger }) => {
        if (store) drawAhead(store, contentPath()).catch((error: unknown) => logger.warn(`cards are drawn as their pages ask: ${String(error)}`));
      },
      // A build has drawn or found every card of this drawing: the others' (older code or libraries) can go.
      'astro:build:done': async () => {
        const built = store;
        await close();
        await built?.removeOtherDrawings();
      },
      'astro:server:done': close,
    },
  };
}
