import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { cardLayout, type CardFacts, type CardNode } from '../../src/lib/card.ts';
import { cardFile } from '../../src/lib/card-cache.ts';
import { CardStore, installCardStore, installedCardStore, type CardRequest } from '../../src/lib/card-store.ts';

const [facts] = (parse(readFileSync('tests/fixtures/cards/cases.yaml', 'utf8')) as Array<{ facts: CardFacts }>).map((c) => c.facts);
const requests: CardRequest[] = [1, 2, 3, 4, 5].map((n) => ({ n, layout: cardLayout({ ...facts!, n }) }));
const numberOf = (layout: CardNode) => Number(JSON.stringify(layout).match(/Question (\d+)/)![1]);

const scratch = mkdtempSync(join(tmpdir(), 'card-store-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;
/** An empty cache of its own for each test. */
const cacheDir = () => join(scratch, String(++folders));

/** A stand-in for the workers: records the cards it is asked for, finishes each when the test says so. */
function drawer(fail: number[] = []) {
  const started: number[] = [];
  const finish = new Map<number, () => void>();
  let closed = false;
  return {
    drawing: 'stand-in',
    started,
    get closed() {
      return closed;
    },
    finish: (n: number) => finish.get(n)!(),
    draw: (layout: CardNode) => {
      const n = numberOf(layout);
      started.push(n);
      return new Promise<Uint8Array>((resolve, reject) =>
        finish.set(n, () => (fail.includes(n) ? reject(new Error(`satori failed on card ${n}`)) : resolve(new TextEncoder().encode(`card ${n}`)))),
      );
    },
    close: async () => {
      closed = true;
    },
  };
}

async function* each<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

describe('the card store', () => {
  it('draws ahead in the order given, a few at a time', async () => {
    const workers = drawer();
    const store = new CardStore(workers, 2, cacheDir());
    const ahead = store.drawAhead(each(requests));
    await vi.waitFor(() => expect(workers.started).toEqual([1, 2]));
    workers.finish(2);
    await vi.waitFor(() => expect(workers.started).toEqual([1, 2, 3]));
    for (const n of [1, 3, 4]) {
      workers.finish(n);
      await vi.waitFor(() => expect(workers.started).toContain(n + 1));
    }
    workers.finish(5);
    await ahead;
    expect(workers.started).toEqual([1, 2, 3, 4, 5]);
  });

  it('draws a card asked for out of turn at once, and each card once', async () => {
    const workers = drawer();
    const store = new CardStore(workers, 2, cacheDir());
    const ahead = store.drawAhead(each(requests));
    await vi.waitFor(() => expect(workers.started).toEqual([1, 2]));
    const fourth = store.file(requests[3]!);
    await vi.waitFor(() => expect(workers.started).toEqual([1, 2, 4]));
    for (const n of [1, 2, 3, 4, 5]) {
      await vi.waitFor(() => expect(workers.started).toContain(n));
      workers.finish(n);
    }
    await ahead;
    expect(readFileSync(await fourth, 'utf8')).toBe('card 4');
    expect(readFileSync(await store.file(requests[3]!), 'utf8')).toBe('card 4');
    expect(workers.started).toEqual([1, 2, 4, 3, 5]);
  });

  it('reads a card from the cache without drawing it', async () => {
    const workers = drawer();
    const dir = cacheDir();
    const store = new CardStore(workers, 2, dir);
    const cached = cardFile(requests[1]!.layout, workers.drawing, dir);
    mkdirSync(dirname(cached), { recursive: true });
    writeFileSync(cached, 'cached');
    expect(readFileSync(await store.file(requests[1]!), 'utf8')).toBe('cached');
    expect(workers.started).toEqual([]);
  });

  it('names the question whose card failed, and draws it again when asked again', async () => {
    const workers = drawer([2]);
    const store = new CardStore(workers, 5, cacheDir());
    const failed = store.file(requests[1]!);
    await vi.waitFor(() => expect(workers.started).toEqual([2]));
    workers.finish(2);
    await expect(failed).rejects.toThrow('preview card of question 2 (/cards/2.png): satori failed on card 2');
    const again = store.file(requests[1]!);
    await vi.waitFor(() => expect(workers.started).toEqual([2, 2]));
    workers.finish(2);
    await expect(again).rejects.toThrow('question 2');
  });

  it('fails no card that nobody asks for, and stops drawing ahead once closed', async () => {
    const workers = drawer([1]);
    const store = new CardStore(workers, 1, cacheDir());
    const ahead = store.drawAhead(each(requests));
    await vi.waitFor(() => expect(workers.started).toEqual([1]));
    // Card 1 fails while nobody has asked for it: no unhandled rejection reaches the process.
    workers.finish(1);
    await vi.waitFor(() => expect(workers.started).toEqual([1, 2]));
    await store.close();
    workers.finish(2);
    await ahead;
    expect(workers.closed).toBe(true);
    expect(workers.started).toEqual([1, 2]);
  });

  it('is found by the pages once the integration has installed it', () => {
    installCardStore(undefined);
    expect(() => installedCardStore()).toThrow('astro.config.mjs must list the previewCards() integration');
    const store = new CardStore(drawer(), 1, cacheDir());
    installCardStore(store);
    expect(installedCardStore()).toBe(store);
    installCardStore(undefined);
  });
});
