// @ts-check
// Astro 5.18's content store can lose its last save (withastro/astro#15672, unfixed in 5.x): a save asked for
// while another is being written is put off, and then the earlier save's data is written again, so the file
// the build bundles misses what the loaders set last (a build failed with "collection is empty"; an edited page
// could be built from its previous text). Each save now waits for the one being written, then writes the
// store as it is by then. Astro's own save (writeToDisk) is wrapped, not rewritten.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** @typedef {{ writeToDisk(): Promise<void> }} SavingStore */

/**
 * Makes a store class's saves run one after another.
 * @param {SavingStore} prototype the prototype of Astro's MutableDataStore
 */
export function saveInOrder(prototype) {
  const save = prototype.writeToDisk;
  if (/** @type {{ inOrder?: boolean }} */ (save).inOrder) return;
  /** @type {WeakMap<SavingStore, Promise<void>>} */
  const writing = new WeakMap();
  /** @this {SavingStore} */
  function writeToDisk() {
    const next = (writing.get(this) ?? Promise.resolve()).catch(() => undefined).then(() => save.call(this));
    writing.set(this, next);
    return next;
  }
  writeToDisk.inOrder = true;
  prototype.writeToDisk = writeToDisk;
}

/**
 * Astro's MutableDataStore class, the instance `astro build` and `astro dev` use (it is not among astro's exports).
 * @param {string} root the project folder, whose node_modules holds astro
 * @returns {Promise<{ prototype: SavingStore }>}
 */
export async function astroDataStoreClass(root) {
  const astro = dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json'));
  /** @type {(url: string) => Promise<{ MutableDataStore: { prototype: SavingStore } }>} */
  const nodeImport = createRequire(import.meta.url)('./node-import.cjs');
  const module = await nodeImport(pathToFileURL(join(astro, 'dist', 'content', 'mutable-data-store.js')).href);
  return module.MutableDataStore;
}
