// `npm run convert`: content/ -> content/questions/*.mdx (`astro build` runs the same conversion first, in its
// own process: src/lib/convert-integration.mjs). With --check, only reports stale pages; with
// --explain <source-id>, prints how that source was read and writes nothing; --root=<dir> converts another handbook.
// Each successful conversion is recorded in node_modules/.cache/handbook-convert/, so that the next one reads
// again only the sources and questions whose inputs changed.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digest, parseConvertCache, parseStoredHandbook, storedHandbookText } from './lib/convert-cache.ts';
import { isContentProblem, type ContentError, type ContentErrors } from './lib/errors.ts';
import { explainSource } from './lib/explain.ts';
import { convertIncrementally, type IncrementalConversion } from './lib/incremental-convert.ts';
import { loadContent } from './lib/load-content.ts';
import { readPublished } from './lib/published.ts';
import { pageFileName, renderQuestionMdx } from './lib/render-mdx.ts';
import { parseYamlMemoText, yamlMemo, yamlMemoText } from './lib/yaml-memo.ts';
import type { Answer } from './lib/schema.ts';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
/** node_modules/ is never committed; like the cards' cache, this one is thrown away with it. */
export const CONVERT_CACHE_DIR = join(PROJECT, 'node_modules', '.cache', 'handbook-convert');

/** Every page from scratch, reading every input: what a conversion with the cache must equal. */
export function renderPages(root: string): Map<string, string> {
  const questionsDir = join(root, 'content', 'questions');
  const content = loadContent(root, { published: readPublished(questionsDir) });
  return new Map(content.questions.map((q) => [pageFileName(q), renderQuestionMdx(q, content)]));
}

/**
 * The converter's code and the dependencies it was installed with: a change to either invalidates every record.
 * Read once, when this code is loaded: a process that keeps running (npm run dev) records what its own code made.
 */
const VERSION = (() => {
  const lib = join(PROJECT, 'scripts', 'lib');
  const files = [join(PROJECT, 'scripts', 'convert.ts'), ...readdirSync(lib).sort().map((f) => join(lib, f))];
  const lock = ['package-lock.json', 'package.json'].map((f) => join(PROJECT, f)).find(existsSync);
  return digest(...[...files, ...(lock ? [lock] : [])].map((f) => readFileSync(f, 'utf8')));
})();

/** The handbook's data, kept beside the record: the next conversion keeps what did not change, and `astro build` serves it. */
const HANDBOOK_FILE = 'handbook.json';
/** The data of the index files (sources.yaml, questions.yaml…) as last read: unchanged, they are not parsed again. */
const YAML_FILE = 'yaml.json';

/** Each handbook (--root, or CONTENT_ROOT in a build: the e2e suite's fixture handbooks) has its own record. */
export function cacheDirOf(root: string, cacheRoot = CONVERT_CACHE_DIR): string {
  return join(cacheRoot, createHash('sha256').update(resolve(root)).digest('hex').slice(0, 16));
}

/** The pages, reusing what the record in `cacheDir` says is unchanged; with the index files' data, to be kept. */
export function convertWithCache(root: string, cacheDir: string): IncrementalConversion & { yaml: Record<string, unknown> } {
  const indexFile = join(cacheDir, 'index.json');
  const record = existsSync(indexFile) ? readFileSync(indexFile, 'utf8') : undefined;
  const cache = record === undefined ? undefined : parseConvertCache(record, VERSION);
  const handbookFile = join(cacheDir, HANDBOOK_FILE);
  const handbook = record === undefined || !existsSync(handbookFile) ? undefined : parseStoredHandbook(readFileSync(handbookFile, 'utf8'), record);
  const storedAnswers = (key: string): Answer[] | undefined => {
    try {
      return JSON.parse(readFileSync(join(cacheDir, 'answers', `${key}.json`), 'utf8')) as Answer[];
    } catch {
      return undefined;
    }
  };
  const yamlFile = join(cacheDir, YAML_FILE);
  const yaml = yamlMemo(existsSync(yamlFile) ? parseYamlMemoText(readFileSync(yamlFile, 'utf8'), VERSION) : undefined);
  return { ...convertIncrementally(root, { cache, handbook, version: VERSION, storedAnswers, yaml }), yaml: yaml.used() };
}

/** Written aside, then renamed into place: a conversion running at the same time never reads half a file. */
function writeWhole(file: string, text: string): void {
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, text);
  renameSync(partial, file);
}

/** Records a successful conversion, with its data as `handbookText` (its JSON); answers no longer recorded are removed. */
export function storeCache(cacheDir: string, conversion: ReturnType<typeof convertWithCache>, handbookText: string): void {
  const answersDir = join(cacheDir, 'answers');
  mkdirSync(answersDir, { recursive: true });
  for (const [key, answers] of conversion.answers) writeWhole(join(answersDir, `${key}.json`), JSON.stringify(answers));
  const kept = new Set(Object.values(conversion.cache.sources).map((s) => `${s.key}.json`));
  for (const file of readdirSync(answersDir).filter((f) => f.endsWith('.json') && !kept.has(f))) unlinkSync(join(answersDir, file));
  const record = JSON.stringify(conversion.cache);
  writeWhole(join(cacheDir, YAML_FILE), yamlMemoText(conversion.yaml, VERSION));
  writeWhole(join(cacheDir, HANDBOOK_FILE), storedHandbookText(handbookText, record));
  writeWhole(join(cacheDir, 'index.json'), record);
}

/** Pages that differ from the committed ones, and committed pages no question produces. */
function stalePages(questionsDir: string, pages: ReadonlyMap<string, string>): { changed: string[]; extra: string[] } {
  const existing = existsSync(questionsDir) ? readdirSync(questionsDir).filter((f) => f.endsWith('.mdx')) : [];
  const present = new Set(existing);
  const changed = [...pages].filter(([name, text]) => !present.has(name) || readFileSync(join(questionsDir, name), 'utf8') !== text).map(([name]) => name);
  return { changed, extra: existing.filter((name) => !pages.has(name)) };
}

/**
 * Converts and writes: the stale pages, then the record of this conversion. Throws content problems before writing
 * anything. Also gives the handbook's data as JSON text, serialised once for the record and for `astro build`.
 */
export function convertInto(root: string, cacheDir: string): ReturnType<typeof convertWithCache> & ReturnType<typeof stalePages> & { handbookText: string } {
  const questionsDir = join(root, 'content', 'questions');
  const conversion = convertWithCache(root, cacheDir);
  const stale = stalePages(questionsDir, conversion.pages);
  mkdirSync(questionsDir, { recursive: true });
  for (const name of stale.changed) writeFileSync(join(questionsDir, name), conversion.pages.get(name)!);
  for (const name of stale.extra) unlinkSync(join(questionsDir, name));
  const handbookText = JSON.stringify(conversion.handbook);
  storeCache(cacheDir, conversion, handbookText);
  return { ...conversion, ...stale, handbookText };
}

export function conversionSummary({ pages, changed, extra, reread, cache }: ReturnType<typeof convertInto>): string {
  const sources = Object.keys(cache.sources).length;
  return `convert: ${pages.size} pages (${changed.length} written, ${extra.length} removed); read again: ${reread.sources.length} of ${sources} sources, ${reread.questions.length} of ${pages.size} questions`;
}

/** A conversion's problems as they are printed: one `file:line: message` a line, then how many. */
export function problemReport(error: ContentError | ContentErrors): string {
  const lines = error.message.split('\n');
  return [...lines, `convert: ${lines.length} problem${lines.length > 1 ? 's' : ''}; no pages written`].join('\n');
}

function run(argv: string[]): number {
  const check = argv.includes('--check');
  const root = argv.find((a) => a.startsWith('--root='))?.slice('--root='.length) ?? PROJECT;
  const questionsDir = join(root, 'content', 'questions');
  const explain = argv.includes('--explain') ? argv[argv.indexOf('--explain') + 1] : undefined;
  const cacheDir = cacheDirOf(root);
  try {
    if (explain !== undefined) {
      console.log(explainSource(loadContent(root, { published: readPublished(questionsDir) }), explain));
      return 0;
    }
    if (!check) {
      console.log(conversionSummary(convertInto(root, cacheDir)));
      return 0;
    }
    const { pages } = convertWithCache(root, cacheDir);
    const { changed, extra } = stalePages(questionsDir, pages);
    if (changed.length === 0 && extra.length === 0) {
      console.log(`convert --check: all ${pages.size} pages are up to date`);
      return 0;
    }
    for (const name of changed) console.error(`content/questions/${name}: stale (run npm run convert)`);
    for (const name of extra) console.error(`content/questions/${name}: not produced by convert (run npm run convert to remove it)`);
    console.error(`convert --check: ${changed.length + extra.length} stale file(s)`);
    return 1;
  } catch (error) {
    if (!isContentProblem(error)) throw error;
    console.error(problemReport(error));
    return 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (error) {
    // Anything else is a bug in the converter; say so in one line instead of a stack trace.
    console.error(`convert: internal error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
