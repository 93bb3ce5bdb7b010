// Question pages from content/, reading again only what changed since the conversion a cache records: an
// unchanged source is not parsed, an unchanged question is neither validated nor rendered. The pages are the
// same bytes a full conversion (loadContent + renderQuestionMdx) gives, and so are its errors.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { answerDigest, digest, questionKey, sharedKey, sourceKey, type ConvertCache } from './convert-cache.ts';
import type { Published } from './editorial.ts';
import { collectErrors, ContentErrors } from './errors.ts';
import { assembleHandbookJson, questionJson, type HandbookJson, type QuestionJson } from './handbook-json.ts';
import { editorialFileName, readContentIndex, readQuestion, readSource, strayEditorials, type Content, type ContentIndex } from './load-content.ts';
import { publishedBy } from './published.ts';
import { pageFileName, renderQuestionMdx } from './render-mdx.ts';
import type { Answer, SourceId } from './schema.ts';
import type { YamlMemo } from './yaml-memo.ts';

export interface IncrementalOptions {
  /** The last successful conversion of this handbook by this converter version, if there is one, with its data. */
  cache: ConvertCache | undefined;
  handbook: HandbookJson | undefined;
  version: string;
  /** The answers stored for a source key, if they are still there. */
  storedAnswers: (key: string) => Answer[] | undefined;
  /** The data of index files read before (yaml-memo.ts), if any. */
  yaml?: YamlMemo;
}

export interface IncrementalConversion {
  /** Every page by file name. */
  pages: Map<string, string>;
  /** What this conversion found, for the next one. */
  cache: ConvertCache;
  /** The answers of every source read this time, by source key, to be stored. */
  answers: Map<string, Answer[]>;
  /** What had changed and was read again: source ids, and question numbers validated and rendered again. */
  reread: { sources: SourceId[]; questions: number[] };
  /** The handbook as data (handbook-json.ts), each unchanged part kept from the last conversion's. */
  handbook: HandbookJson;
}

const NOTHING_PUBLISHED: Published = { corrections: [], key_points: [], disagreements: [] };

export function convertIncrementally(root: string, options: IncrementalOptions): IncrementalConversion {
  const index = readContentIndex(root, options.yaml);
  // A record is used whole, with the data it kept, or not at all.
  const previous = options.handbook ? options.cache : undefined;
  const before = {
    preambles: new Map(options.handbook?.sources.map((s) => [s.id, s.preamble]) ?? []),
    questions: new Map(options.handbook?.questions.map((q) => [q.n, q]) ?? []),
  };
  const preambles: Content['preambles'] = {};
  const sourceText = (i: number) => readFileSync(join(root, 'content', 'sources', index.sources[i]!.file), 'utf8');
  const next: ConvertCache = { version: options.version, sources: {}, questions: {} };
  const read = new Map<string, Answer[]>();
  const reread: IncrementalConversion['reread'] = { sources: [], questions: [] };
  const sourceErrors = collectErrors(
    index.sources.map((source, i) => () => {
      const text = sourceText(i);
      const key = sourceKey(text, source, index.entries);
      const known = previous?.sources[source.id];
      if (known?.key === key && before.preambles.has(source.id)) {
        next.sources[source.id] = known;
        const preamble = before.preambles.get(source.id);
        if (preamble) preambles[source.id] = preamble;
        return;
      }
      const { answers, preamble } = readSource(index, i, text);
      if (preamble) preambles[source.id] = preamble;
      reread.sources.push(source.id);
      read.set(key, answers);
      next.sources[source.id] = { key, answers: Object.fromEntries(answers.map((a) => [a.n, answerDigest(a)])) };
    }),
  );
  if (sourceErrors.length > 0) throw new ContentErrors(sourceErrors);

  const answersOf = lazyAnswers(index, next, read, options.storedAnswers, sourceText);
  const pages = readPages(join(root, 'content', 'questions'), previous);
  const shared = sharedKey(index);
  const result = new Map<string, string>();
  const data = new Map<number, QuestionJson>();
  const editorialErrors = collectErrors(
    index.entries.map((entry) => () => {
      const name = pageFileName({ entry });
      const editorialFile = join(root, 'content', 'editorial', editorialFileName(entry.n));
      const editorialText = existsSync(editorialFile) ? readFileSync(editorialFile, 'utf8') : undefined;
      const digests = index.sources.flatMap((s) => next.sources[s.id]!.answers[entry.n] ?? []);
      const key = questionKey(entry, editorialText, digests, shared);
      const known = previous?.questions[entry.n];
      const page = pages.files.get(name);
      // The page this key rendered last time is still there, and it is what published this question's ids.
      const kept = before.questions.get(entry.n);
      if (known?.key === key && page?.digest === known.page && pages.publisherOf.get(entry.n) === name && kept) {
        result.set(name, page.text);
        data.set(entry.n, kept);
        next.questions[entry.n] = known;
        return;
      }
      reread.questions.push(entry.n);
      const question = readQuestion(index, entry, answersOf(entry.n), editorialText, pages.published(entry.n));
      const text = renderQuestionMdx(question, index);
      result.set(name, text);
      data.set(entry.n, questionJson(question));
      next.questions[entry.n] = { key, page: digest(text) };
    }),
  );
  editorialErrors.push(...strayEditorials(index));
  if (editorialErrors.length > 0) throw new ContentErrors(editorialErrors);
  const handbook = assembleHandbookJson(index, preambles, index.entries.map((entry) => data.get(entry.n)!));
  return { pages: result, cache: next, answers: read, reread, handbook };
}

/**
 * Answers of question n in sources.yaml order, loading a source's answers only when a question needs them. Each
 * stored answer is checked against its digest when it is used; a damaged store is read again from the source.
 */
function lazyAnswers(
  index: ContentIndex,
  next: ConvertCache,
  read: ReadonlyMap<string, Answer[]>,
  storedAnswers: IncrementalOptions['storedAnswers'],
  sourceText: (i: number) => string,
): (n: number) => Answer[] {
  const byQuestion = (answers: readonly Answer[]) => new Map(answers.map((a) => [a.n, a]));
  // Per source: its answers by question, and whether they were read in this conversion (and need no check).
  const loaded = new Map<SourceId, { answers: Map<number, Answer>; fresh: boolean }>();
  const answerOf = (i: number, n: number, digest: string): Answer => {
    const { id } = index.sources[i]!;
    const { key } = next.sources[id]!;
    let source = loaded.get(id);
    if (!source) {
      const fresh = read.get(key);
      // Stored answers are checked one by one below, as they are used; what is not even an object is left out.
      const stored = fresh ?? storedAnswers(key);
      const answers = Array.isArray(stored) ? stored.filter((a): a is Answer => typeof a === 'object' && a !== null) : [];
      source = { answers: byQuestion(answers), fresh: fresh !== undefined };
      loaded.set(id, source);
    }
    const answer = source.answers.get(n);
    if (source.fresh || (answer !== undefined && answerDigest(answer) === digest)) return answer!;
    source = { answers: byQuestion(readSource(index, i, sourceText(i)).answers), fresh: true };
    loaded.set(id, source);
    return source.answers.get(n)!;
  };
  return (n) =>
    index.sources.flatMap((s, i) => {
      const digest = next.sources[s.id]!.answers[n];
      return digest === undefined ? [] : [answerOf(i, n, digest)];
    });
}

/**
 * The committed pages, and which page published each question's ids (as readPublished finds it: the last page
 * whose front matter names the question). A page the recorded conversion wrote is known by its digest, unread.
 */
function readPages(dir: string, previous: ConvertCache | undefined) {
  const written = new Map(Object.entries(previous?.questions ?? {}).map(([n, q]) => [q.page, Number(n)]));
  const files = new Map<string, { text: string; digest: string }>();
  const publisherOf = new Map<number, string>();
  const parsed = new Map<string, Published>();
  for (const name of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : []) {
    const text = readFileSync(join(dir, name), 'utf8');
    const page = { text, digest: digest(text) };
    files.set(name, page);
    const n = written.get(page.digest);
    if (n !== undefined) {
      publisherOf.set(n, name);
      continue;
    }
    const found = publishedBy(text);
    if (!found) continue;
    publisherOf.set(found.n, name);
    parsed.set(name, found.published);
  }
  const published = (n: number): Published => {
    const name = publisherOf.get(n);
    if (name === undefined) return NOTHING_PUBLISHED;
    return parsed.get(name) ?? publishedBy(files.get(name)!.text)?.published ?? NOTHING_PUBLISHED;
  };
  return { files, publisherOf, published };
}
