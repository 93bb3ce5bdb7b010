// Gap-free word ranges for Pagefind's index chunks, so that a search fetches the chunk that holds its word.
// Pagefind 1.5 lists in its meta index each chunk's range of words, `from` and `to`, trimmed to a short
// prefix: a chunk ending in "anchor" before one starting in "and" has `to` "anc". A search looks up each word
// of the query in these ranges (pagefind_web's request_indexes, on the query before stemming), and "anchor",
// "anchors" or "anchored" lie above "anc" and below "and", in no range. When no word of a query is in a
// range, Pagefind falls back to every chunk whose trimmed range shares a prefix with a word, which at 5,000
// questions includes the chunk of "a" (145 KiB); when some are, the others load nothing. Raising each `to`
// to just below the next chunk's `from` leaves no gap: a word found before is found in the same chunk, and one
// that fell between two chunks is found in the first of them, which holds its stem and the words it prefixes.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Tokenizer, Type, decode, encode, type Token } from 'cborg';
import { z } from 'zod';

/** Pagefind's files are gzip of this signature followed by CBOR (pagefind_web_js's `decompress`). */
const SIGNATURE = 'pagefind_dcd';
/** Above every character a word can hold: the end of a range that takes every word starting with its prefix. */
const HIGHEST_CHARACTER = '\u{10FFFF}';

const chunkRangeSchema = z.tuple([z.string().min(1), z.string().min(1), z.string().regex(/^[\w-]+$/)]);
// The meta index: Pagefind's version, its pages, its index chunks as [from, to, hash], then what this step keeps as is.
const metaSchema = z.tuple([z.string(), z.array(z.unknown()), z.array(chunkRangeSchema).min(1)]).rest(z.unknown());
const entrySchema = z.object({ languages: z.record(z.object({ hash: z.string().regex(/^[\w-]+_[0-9a-f]+$/) }).passthrough()) }).passthrough();

export type ChunkRange = z.infer<typeof chunkRangeSchema>;
export type PagefindEntry = z.infer<typeof entrySchema>;

/** Problems listed of one file; the rest counted (a format change repeats one problem in every chunk). */
const PROBLEMS_LISTED = 5;

/** Pagefind's output differs from what this step knows: what it expected of which file, and what it found. */
export class PagefindFormatError extends Error {
  constructor(file: string, problems: string[]) {
    const listed = problems.slice(0, PROBLEMS_LISTED).map((problem) => `${file}: ${problem}`);
    if (problems.length > PROBLEMS_LISTED) listed.push(`${file}: and ${problems.length - PROBLEMS_LISTED} more`);
    super(`${listed.join('\n')}\nPagefind's index is not in the format this build knows (Pagefind 1.5); scripts/lib/pagefind-chunk-bounds.ts needs updating.`);
    this.name = 'PagefindFormatError';
  }
}

const utf8 = new TextEncoder();
/** Pagefind compares words as Rust strings, by their UTF-8 bytes (code point order, unlike JavaScript's `<`). */
export const compareWords = (a: string, b: string): number => Buffer.compare(utf8.encode(a), utf8.encode(b));

function parse<S extends z.ZodTypeAny>(schema: S, value: unknown, file: string, what: string): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new PagefindFormatError(file, result.error.issues.map((issue) => `${what} at [${issue.path.join('][')}]: ${issue.message}`));
  }
  return result.data;
}

/** The CBOR inside one of Pagefind's files, not yet decoded. */
function pagefindBody(bytes: Uint8Array, file: string): Uint8Array {
  let plain: Buffer;
  try {
    plain = gunzipSync(bytes);
  } catch {
    throw new PagefindFormatError(file, ['not gzip']);
  }
  if (plain.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new PagefindFormatError(file, [`no "${SIGNATURE}" signature`]);
  return plain.subarray(SIGNATURE.length);
}

const notCbor = (file: string, error: unknown) => new PagefindFormatError(file, [`not CBOR (${(error as Error).message})`]);

/** The CBOR inside one of Pagefind's files. */
function readPagefindFile(bytes: Uint8Array, file: string): { value: unknown; body: Uint8Array } {
  const body = pagefindBody(bytes, file);
  try {
    return { value: decode(body), body };
  } catch (error) {
    throw notCbor(file, error);
  }
}

function writePagefindFile(value: unknown): Uint8Array {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE), encode(value)]), { level: 9 });
}

/** The code point below `character`'s (skipping the surrogates, which no string holds alone). */
function characterBefore(character: string): string {
  const below = character.codePointAt(0)! - 1;
  return String.fromCodePoint(below >= 0xd800 && below <= 0xdfff ? 0xd7ff : below);
}

/** The highest `to` that stays below `from`: the strings under it, with any ending. "and" gives "anc\u{10FFFF}". */
export function rangeEndBelow(from: string): string {
  const characters = [...from];
  return characters.slice(0, -1).join('') + characterBefore(characters.at(-1)!) + HIGHEST_CHARACTER;
}

/**
 * Each chunk's `to` raised to just below the next chunk's `from`; the last keeps its own. Checks first what
 * this relies on: each chunk's words in order, within its trimmed range (`from` a prefix of its first word,
 * `to` of its last), below the next chunk's; and afterwards that every word is still inside its chunk's range.
 */
export function closeGaps(ranges: ChunkRange[], wordsOf: (hash: string) => string[], file: string): ChunkRange[] {
  const problems: string[] = [];
  const words = ranges.map(([, , hash]) => wordsOf(hash));
  const closed = ranges.map(([from, to, hash], k): ChunkRange => {
    const own = words[k]!;
    const [first, last] = [own[0]!, own.at(-1)!];
    const name = `index chunk ${hash} ("${from}".."${to}")`;
    if (own.some((word, i) => i > 0 && compareWords(own[i - 1]!, word) >= 0)) problems.push(`${name}: its words are not in order`);
    if (!first.startsWith(from) || !last.startsWith(to)) problems.push(`${name}: holds "${first}".."${last}", outside the prefixes of its range`);
    const next = ranges[k + 1];
    if (!next) return [from, to, hash];
    if (compareWords(last, words[k + 1]![0]!) >= 0) problems.push(`${name}: its last word "${last}" is not below the next chunk's first`);
    const end = rangeEndBelow(next[0]);
    if (compareWords(last, end) > 0 || compareWords(end, next[0]) >= 0) problems.push(`${name}: no range end between "${last}" and the next chunk's "${next[0]}"`);
    return [from, end, hash];
  });
  if (problems.length > 0) throw new PagefindFormatError(file, problems);
  return closed;
}

/**
 * Words of one index chunk file, in Pagefind's order. A chunk is [entries, ...], each entry [word, its pages, ...]:
 * the pages are stepped over token by token rather than decoded, which at 5,000 questions took seconds (with a
 * schema's check of every entry).
 */
export function chunkWords(bytes: Uint8Array, file: string): string[] {
  const tokens = new Tokenizer(pagefindBody(bytes, file));
  const next = (): Token => {
    try {
      return tokens.next();
    } catch (error) {
      throw notCbor(file, error);
    }
  };
  const problem = (at: string, expected: string) => new PagefindFormatError(file, [`index chunk at [${at}]: expected ${expected}`]);
  // An array of stated length: Pagefind writes no other, and its items can then be counted.
  const array = (at: string, least: number) => {
    const token = next();
    if (token.type !== Type.array || !Number.isFinite(token.value) || token.value < least) throw problem(at, `an array of at least ${least} items`);
    return token.value as number;
  };
  array('', 1);
  const entries = array('0', 1);
  const words: string[] = [];
  for (let i = 0; i < entries; i++) {
    let unread = array(`0][${i}`, 1);
    const word = next();
    if (word.type !== Type.string || word.value === '') throw problem(`0][${i}][0`, 'a word');
    words.push(word.value as string);
    for (unread--; unread > 0; unread--) {
      const item = next();
      if (item.type === Type.array || item.type === Type.map) {
        if (!Number.isFinite(item.value)) throw problem(`0][${i}`, 'arrays and maps of stated length');
        unread += (item.type === Type.map ? 2 : 1) * (item.value as number);
      } else if (item.type === Type.tag) unread += 1;
    }
  }
  return words;
}

/**
 * Pagefind's meta index file with gap-free chunk ranges, everything else as it was. Refuses a file that
 * CBOR would not write back byte for byte, since then this step could not tell what else it changed.
 */
export function closeMetaGaps(bytes: Uint8Array, chunkFile: (hash: string) => { bytes: Uint8Array; file: string }, file: string): Uint8Array {
  const { value, body } = readPagefindFile(bytes, file);
  if (Buffer.compare(Buffer.from(encode(value)), body) !== 0) throw new PagefindFormatError(file, ['its CBOR does not encode back to the same bytes']);
  const meta = parse(metaSchema, value, file, 'meta index');
  const ranges = closeGaps(meta[2], (hash) => {
    const chunk = chunkFile(hash);
    return chunkWords(chunk.bytes, chunk.file);
  }, file);
  const [version, pages, , ...rest] = meta;
  return writePagefindFile([version, pages, ranges, ...rest]);
}

/** Pagefind's entry file, checked; the object as parsed, so that written back its keys keep their order. */
export function parseEntry(text: string, file: string): PagefindEntry {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PagefindFormatError(file, ['not JSON']);
  }
  parse(entrySchema, json, file, 'entry');
  return json as PagefindEntry;
}

/** A meta index's hash (its file is `pagefind.<hash>.pf_meta`) for new content: the language, then as many hex digits of its SHA-256. */
export function metaHash(previous: string, bytes: Uint8Array): string {
  const [, language, digits] = /^(.+)_([0-9a-f]+)$/.exec(previous)!;
  return `${language}_${createHash('sha256').update(bytes).digest('hex').slice(0, digits!.length)}`;
}
