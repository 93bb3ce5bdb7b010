// Cards cached by the digest of what decides their pixels, so an unchanged question is not drawn again: each
// drawing (the libraries' versions and the drawing code, card-workers.ts) keeps its cards in a folder of its own,
// which lets a build remove the cards no drawing of this code will ask for again.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
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

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function cardDigest(layout: CardNode): string {
  return sha256(JSON.stringify(layout));
}

/** The folder of one drawing's cards. */
const drawingFolder = (drawing: string) => sha256(drawing).slice(0, 16);

export function cardFile(layout: CardNode, drawing: string, cacheDir = CARD_CACHE_DIR): string {
  return join(cacheDir, drawingFolder(drawing), `${cardDigest(layout)}.png`);
}

/** The card's file in the cache, drawn first unless it is there already. */
export async function cachedCardFile(layout: CardNode, { draw, drawing }: CardDrawing, cacheDir = CARD_CACHE_DIR): Promise<string> {
  const file = cardFile(layout, drawing, cacheDir);
  // Looked for at once: checked in the thread pool, a card asked for later could start drawing first.
  if (existsSync(file)) return file;
  await writeWhole(file, await draw(layout));
  return file;
}

/** Removes every other drawing's cards from the cache (and the cards kept loose before drawings had folders). */
export async function removeOtherDrawings(drawing: string, cacheDir = CARD_CACHE_DIR): Promise<void> {
  if (!existsSync(cacheDir)) return;
  const kept = drawingFolder(drawing);
  await Promise.all((await readdir(cacheDir)).filter((name) => name !== kept).map((name) => rm(join(cacheDir, name), { recursive: true, force: true })));
}
