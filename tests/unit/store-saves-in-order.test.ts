// Astro's content store saved while another save was being written kept the earlier data
// (withastro/astro#15672): with src/lib/store-saves-in-order.mjs the file holds what was set last.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { astroDataStoreClass, saveInOrder } from '../../src/lib/store-saves-in-order.mjs';

interface Store {
  set(collection: string, key: string, value: unknown): void;
  writeToDisk(): Promise<void>;
  waitUntilSaveComplete(): Promise<void>;
}

const MutableDataStore = (await astroDataStoreClass(process.cwd())) as unknown as { prototype: Store; fromFile(file: URL): Promise<Store> };
saveInOrder(MutableDataStore.prototype);

describe('content store saves', () => {
  it.each([1, 5, 20])('keep what was set last when %i saves overlap one being written', async (overlapping) => {
    const file = pathToFileURL(join(mkdtempSync(join(tmpdir(), 'store-saves-')), 'data-store.json'));
    const store = await MutableDataStore.fromFile(file);
    store.set('questions', 'first', { text: 'x'.repeat(200_000) });
    const written = store.writeToDisk();
    for (let n = 1; n <= overlapping; n++) store.set('questions', `later-${n}`, { n });
    await store.waitUntilSaveComplete();
    await written;
    const saved = readFileSync(file, 'utf8');
    expect(saved).toContain('"first"');
    for (let n = 1; n <= overlapping; n++) expect(saved).toContain(`"later-${n}"`);
  });

  it('wraps a store class once, however often the configuration is loaded', () => {
    const wrapped = MutableDataStore.prototype.writeToDisk;
    saveInOrder(MutableDataStore.prototype);
    expect(MutableDataStore.prototype.writeToDisk).toBe(wrapped);
  });
});
