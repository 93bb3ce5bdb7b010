// Cards cached by the digest of what decides their pixels, so an unchanged question is not drawn again.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { CardNode } from './card';
import { writeWhole } from './write-whole.mjs';

/** Relative to the project root (the build's working directory); node_modules/ is never committed. */
export const CARD_CACHE_DIR = join('node_modules', '.cache', 'handbook-cards');

export type DrawCard = (layout: CardNode) => Promise<Uint8Array>;

/** What draws the cards: `drawing` names everything besides a layout that decides a card's bytes. */
export interface CardDrawing {
  draw: DrawCard;
  drawing: string;
}

export function cardDigest(layout: CardNode, drawing: string): string {
  return createHash('sha256').update(drawing).update('\n').update(JSON.stringify(layout)).digest('hex');
}

/** The card's file in the cache, drawn first unless it is there already. */
export async function cachedCardFile(layout: CardNode, { draw, drawing }: CardDrawing, cacheDir = CARD_CACHE_DIR): Promise<string> {
  const file = join(cacheDir, `${cardDigest(layout, drawing)}.png`);
  // Looked for at once: checked in the thread pool, a card asked for later could start drawing first.
  if (existsSync(file)) return file;
  await writeWhole(file, await draw(layout));
  return file;
}
