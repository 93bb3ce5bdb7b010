// Cards cached by the digest of what decides their pixels, so an unchanged question is not drawn again.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CardNode } from './card';
import { DRAWING_VERSION, drawCard } from './card-draw';

/** Relative to the project root (the build's working directory); node_modules/ is never committed. */
export const CARD_CACHE_DIR = join('node_modules', '.cache', 'handbook-cards');

export function cardDigest(layout: CardNode): string {
  return createHash('sha256').update(DRAWING_VERSION).update('\n').update(JSON.stringify(layout)).digest('hex');
}

export async function cachedCard(layout: CardNode, cacheDir = CARD_CACHE_DIR): Promise<Uint8Array> {
  const file = join(cacheDir, `${cardDigest(layout)}.png`);
  const cached = await readFile(file).catch(() => undefined);
  if (cached) return cached;
  const png = await drawCard(layout);
  await mkdir(cacheDir, { recursive: true });
  // Two builds at once (dist/ and dist-base/) may draw the same card: write aside, then rename into place.
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, png);
  await rename(partial, file);
  return png;
}
