// @ts-check
// An indexed-colour image (card-png.mjs's palette and rows) as a PNG file.
// Plain JavaScript: the card workers (card-worker.mjs) load it without a TypeScript loader.
import { crc32, deflateSync } from 'node:zlib';

/** @typedef {import('./card-png.mjs').IndexedImage} IndexedImage */

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** @param {string} type @param {Uint8Array} data */
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * The PNG file (colour type 3, 8 bits an index, no filter: the PNG spec's advice for palette images). Written
 * here rather than with fast-png, whose deflate in JavaScript took 4 times as long as node:zlib for the same
 * bytes. Synchronous: a card is drawn in a worker thread of its own (card-workers.ts).
 * @param {IndexedImage} image
 * @param {number} width
 * @param {number} height
 * @returns {Uint8Array}
 */
export function indexedPng({ palette, scanlines }, width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', palette), chunk('IDAT', deflateSync(scanlines)), chunk('IEND', new Uint8Array())]);
}
