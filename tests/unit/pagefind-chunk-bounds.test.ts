// Gap-free chunk ranges over a real Pagefind index of tests/fixtures/pagefind-chunk-bounds/site, cut into
// chunks of a few words so that many words end a chunk.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { close, createIndex } from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chunkWords, closeMetaGaps, compareWords, metaHash, type ChunkRange } from '../../scripts/lib/pagefind-chunk-bounds.ts';
import { closeChunkGaps, filesWrittenOut } from '../../scripts/search-index.ts';

const SITE = 'tests/fixtures/pagefind-chunk-bounds/site';
const work = mkdtempSync(join(tmpdir(), 'pagefind-chunk-bounds-'));
const written = join(work, 'written');
const closed = join(work, 'closed');

const metaFileIn = (bundle: string) => join(bundle, readdirSync(bundle).find((name) => name.endsWith('.pf_meta'))!);
const unpack = (bytes: Uint8Array) => decode(gunzipSync(bytes).subarray('pagefind_dcd'.length)) as unknown[];
const pack = (value: unknown) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), encode(value)]));
const rangesIn = (bundle: string) => unpack(readFileSync(metaFileIn(bundle)))[2] as ChunkRange[];
const chunkFile = (bundle: string) => (hash: string) => {
  const file = join(bundle, 'index', `${hash}.pf_index`);
  return { bytes: readFileSync(file), file };
};

/** The chunk Pagefind 1.5 fetches for a word of a query (pagefind_web's request_indexes): the first whose range holds it. */
const chunkFor = (ranges: ChunkRange[], term: string) => ranges.find(([from, to]) => compareWords(term, from) >= 0 && compareWords(term, to) <= 0)?.[2];

let wordsByChunk: Array<[hash: string, words: string[]]> = [];

beforeAll(async () => {
  // Pagefind reads its chunk size from this variable when its process starts (see scripts/search-index.ts).
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = '6';
  const { index } = await createIndex({});
  await index!.addDirectory({ path: SITE });
  await index!.writeFiles({ outputPath: written });
  // Pagefind answers before its last writes land (scripts/lib/pagefind-written.ts): read at once, the entry file was
  // still empty in a CI run ("not JSON").
  await filesWrittenOut(written);
  await close();
  delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
  cpSync(written, closed, { recursive: true });
  closeChunkGaps(closed);
  wordsByChunk = rangesIn(written).map(([, , hash]) => [hash, chunkWords(chunkFile(written)(hash).bytes, hash)]);
}, 60_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("Pagefind's chunk ranges without gaps", () => {
  it("starts from an index where Pagefind's own ranges miss words that end a chunk", () => {
    const ranges = rangesIn(written);
    expect(ranges.length).toBeGreaterThan(10);
    const missed = wordsByChunk.flatMap(([hash, words]) => words.filter((word) => chunkFor(ranges, word) !== hash));
    expect(missed.length).toBeGreaterThan(3);
  });

  it('finds every word in its own chunk', () => {
    const ranges = rangesIn(closed);
    for (const [hash, words] of wordsByChunk) for (const word of words) expect(chunkFor(ranges, word), word).toBe(hash);
  });

  it('finds a word that no chunk holds (a form, a prefix) in the last chunk starting at or below it', () => {
    const ranges = rangesIn(closed);
    const [lowest, highest] = [ranges[0]![0], ranges.at(-1)![1]];
    const probes = wordsByChunk
      .flatMap(([, words]) => words.flatMap((word) => [`${word}s`, `${word}ing`, `${word}zz`, word.slice(0, -1), `${word.slice(0, -1)}~`]))
      .filter((probe) => probe && compareWords(probe, lowest) >= 0 && compareWords(probe, highest) <= 0);
    expect(probes.length).toBeGreaterThan(100);
    for (const probe of probes) {
      const expected = ranges.findLast(([from]) => compareWords(from, probe) <= 0)![2];
      expect(chunkFor(ranges, probe), probe).toBe(expected);
    }
  });

  it('keeps everything else Pagefind wrote: the rest of the meta index, each chunk, the entry file but for the new name', () => {
    const [before, after] = [written, closed].map((bundle) => unpack(readFileSync(metaFileIn(bundle)))) as [unknown[], unknown[]];
    expect(after.filter((_, i) => i !== 2)).toEqual(before.filter((_, i) => i !== 2));
    expect((after[2] as ChunkRange[]).map(([from, , hash]) => [from, hash])).toEqual((before[2] as ChunkRange[]).map(([from, , hash]) => [from, hash]));
    expect(readdirSync(join(closed, 'index'))).toEqual(readdirSync(join(written, 'index')));

    const [entryBefore, entryAfter] = [written, closed].map((bundle) => JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')));
    const hash = entryAfter.languages.en.hash as string;
    expect(hash).toBe(metaHash(entryBefore.languages.en.hash, readFileSync(join(closed, `pagefind.${hash}.pf_meta`))));
    expect(hash).not.toBe(entryBefore.languages.en.hash);
    expect(existsSync(join(closed, `pagefind.${entryBefore.languages.en.hash}.pf_meta`))).toBe(false);
    expect({ ...entryAfter, languages: { en: { ...entryAfter.languages.en, hash: 'h' } } }).toEqual({
      ...entryBefore,
      languages: { en: { ...entryBefore.languages.en, hash: 'h' } },
    });
  });

  it('reads the words of every chunk as decoding the whole chunk does', () => {
    expect(wordsByChunk.length).toBeGreaterThan(10);
    for (const [hash, words] of wordsByChunk) expect(words).toEqual((unpack(chunkFile(written)(hash).bytes)[0] as unknown[][]).map(([word]) => word));
  });

  // CBOR written by hand: [[["abc", …]]], its pages as the case has them.
  it.each<[string, number[], RegExp]>([
    ['pages in an array of unstated length', [0x81, 0x81, 0x82, 0x63, 0x61, 0x62, 0x63, 0x9f, 0x01, 0xff], /c\.pf_index: index chunk at \[0\]\[0\]: expected arrays and maps of stated length/],
    ['a chunk cut short', [0x81, 0x81, 0x82, 0x63, 0x61], /c\.pf_index: not CBOR/],
    ['an entry without its word', [0x81, 0x81, 0x80], /c\.pf_index: index chunk at \[0\]\[0\]: expected an array of at least 1 items/],
  ])('refuses a chunk with %s, naming the file', (_name, cbor, message) => {
    const bytes = gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(cbor)]));
    expect(() => chunkWords(bytes, 'c.pf_index')).toThrow(message);
  });

  // Each case changes Pagefind's real output the way another version of Pagefind might write it.
  it.each<[string, (meta: unknown[]) => Uint8Array, (words: unknown[]) => unknown[], RegExp]>([
    ['a meta index that is not gzip', () => Buffer.from('pagefind_dcd'), (chunk) => chunk, /meta\.pf_meta: not gzip/],
    ['a meta index without the signature', (meta) => gzipSync(encode(meta)), (chunk) => chunk, /meta\.pf_meta: no "pagefind_dcd" signature/],
    ['a meta index of another shape', (meta) => pack(meta.slice(0, 2)), (chunk) => chunk, /meta\.pf_meta: meta index at \[\]: Array must contain at least 3 element/],
    ['chunk ranges of another shape', (meta) => pack([meta[0], meta[1], (meta[2] as ChunkRange[]).map(([from, , hash]) => [from, hash])]), (chunk) => chunk, /meta\.pf_meta: meta index at \[2\]\[0\]: Array must contain at least 3 element[^]*and \d+ more/],
    [
      'CBOR that does not encode back to its bytes (an array of unstated length)',
      (meta) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from([0x9f]), ...meta.map((item) => encode(item)), Buffer.from([0xff])])),
      (chunk) => chunk,
      /meta\.pf_meta: its CBOR does not encode back to the same bytes/,
    ],
    ['a chunk whose words are out of order', pack, (chunk) => [[...(chunk[0] as unknown[])].reverse(), ...chunk.slice(1)], /index chunk .*: its words are not in order/],
    ['a chunk of another shape', pack, (chunk) => [(chunk[0] as unknown[][]).map(([, pages]) => [pages])], /\.pf_index: index chunk at \[0\]\[0\]\[0\]/],
    [
      'ranges that are not prefixes of their words',
      (meta) => pack([meta[0], meta[1], (meta[2] as ChunkRange[]).map(([, to, hash]) => ['~', to, hash]), ...meta.slice(3)]),
      (chunk) => chunk,
      /index chunk en_\w+ \("~"\.\.".*"\): holds ".*", outside the prefixes of its range/,
    ],
  ])('refuses %s, naming the file', (_name, metaBytes, changeChunk, message) => {
    const meta = unpack(readFileSync(metaFileIn(written)));
    const chunk = (hash: string) => {
      const { file, bytes } = chunkFile(written)(hash);
      return { file, bytes: pack(changeChunk(unpack(bytes))) };
    };
    expect(() => closeMetaGaps(metaBytes(meta), chunk, 'meta.pf_meta')).toThrow(message);
    expect(() => closeMetaGaps(metaBytes(meta), chunk, 'meta.pf_meta')).toThrow(/format this build knows \(Pagefind 1\.5\)/);
  });
});
