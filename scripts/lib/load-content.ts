// Reads everything under content/ (the only I/O of the pipeline besides writing pages) and validates it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { parseEditorial, type FlagSpan, type Published } from './editorial.ts';
import { collectErrors, ContentError, ContentErrors } from './errors.ts';
import { assignQuestions, type Assignment } from './assign-questions.ts';
import { customFormat, type HeadingFormat } from './heading-formats.ts';
import { normalizeAnswer } from './normalize-answer.ts';
import { parseSource, type ParsedSource } from './parse-source.ts';
import {
  questionEntrySchema,
  referenceSchema,
  sourceEntrySchema,
  topicSchema,
  type Answer,
  type Editorial,
  type QuestionEntry,
  type Reference,
  type SourceEntry,
  type SourceId,
  type Topic,
} from './schema.ts';
import { parseYamlFile } from './yaml-file.ts';
import type { YamlMemo } from './yaml-memo.ts';

export interface QuestionContent {
  entry: QuestionEntry;
  answers: Answer[];
  editorial: Editorial | null;
  flags: Map<SourceId, FlagSpan[]>;
}

export interface Content {
  root: string;
  sources: SourceEntry[];
  topics: Topic[];
  questions: QuestionContent[];
  references: Record<string, Reference>;
  preambles: Partial<Record<SourceId, { lines: [number, number]; text: string }>>;
  /** How each source file was read, for `convert --explain`. */
  readings: Map<SourceId, SourceReading>;
}

export interface SourceReading {
  file: string;
  parsed: ParsedSource;
  assignments: Assignment[];
  answers: Answer[];
}

export interface LoadOptions {
  /** Corrections, key points and disagreements already published per question (from the committed pages): ids are never reused. */
  published?: ReadonlyMap<number, Published>;
}

const NOTHING_PUBLISHED: Published = { corrections: [], key_points: [], disagreements: [] };

export function editorialFileName(n: number): string {
  return `q${String(n).padStart(2, '0')}.yaml`;
}

/** sources.yaml, topics.yaml, questions.yaml and references.yaml, each valid and consistent with the others. */
export interface ContentIndex {
  root: string;
  sources: SourceEntry[];
  topics: Topic[];
  entries: QuestionEntry[];
  references: Record<string, Reference>;
  headingFormats: Map<SourceId, HeadingFormat>;
  sourceLine: (path: Array<string | number>) => number;
  labels: ReadonlyMap<SourceId, string>;
  referenceKeys: ReadonlySet<string>;
}

const contentPath = (root: string, ...parts: string[]) => join(root, 'content', ...parts);
const displayPath = (root: string, file: string) => relative(root, file) || file;

export function loadContent(root: string, options: LoadOptions = {}): Content {
  const index = readContentIndex(root);
  const preambles: Content['preambles'] = {};
  const readings = new Map<SourceId, SourceReading>();
  const sourceErrors = collectErrors(
    index.sources.map((source, i) => () => {
      const { preamble, ...reading } = readSource(index, i, readFileSync(contentPath(root, 'sources', source.file), 'utf8'));
      if (preamble) preambles[source.id] = preamble;
      readings.set(source.id, reading);
    }),
  );
  if (sourceErrors.length > 0) throw new ContentErrors(sourceErrors);

  // In sources.yaml order; a source that does not answer a question is simply absent.
  const answersOf = groupBy(index.sources.flatMap((s) => readings.get(s.id)!.answers), (a) => a.n);
  const questions: QuestionContent[] = [];
  const editorialErrors = collectErrors(
    index.entries.map((entry) => () => {
      const file = contentPath(root, 'editorial', editorialFileName(entry.n));
      const editorial = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      questions.push(readQuestion(index, entry, answersOf.get(entry.n) ?? [], editorial, options.published?.get(entry.n) ?? NOTHING_PUBLISHED));
    }),
  );
  editorialErrors.push(...strayEditorials(index));
  if (editorialErrors.length > 0) throw new ContentErrors(editorialErrors);

  const { sources, topics, references } = index;
  return { root, sources, topics, questions, references, preambles, readings };
}

/** `memo`: the data of index files read before (yaml-memo.ts). */
export function readContentIndex(root: string, memo?: YamlMemo): ContentIndex {
  const path = (...parts: string[]) => contentPath(root, ...parts);
  const display = (file: string) => displayPath(root, file);
  const read = <S extends z.ZodTypeAny>(file: string, schema: S) => parseYamlFile(display(file), readFileSync(file, 'utf8'), schema, memo);
  const sourcesFile = path('sources.yaml');
  const topicsFile = path('topics.yaml');
  const questionsFile = path('questions.yaml');
  const referencesFile = path('references.yaml');
  let sources: SourceEntry[] = [];
  const headingFormats = new Map<SourceId, HeadingFormat>();
  let sourceLine: (path: Array<string | number>) => number = () => 1;
  let topics: Topic[] = [];
  let entries: QuestionEntry[] = [];
  let references: Record<string, Reference> = {};
  let questionLine: (path: Array<string | number>) => number = () => 1;
  const errors = collectErrors([
    () => {
      const located = read(sourcesFile, z.array(sourceEntrySchema).min(1, 'list at least one source'));
      sources = located.data;
      sourceLine = located.lineOf;
      const fail = (i: number, field: string, message: string) => new ContentError(display(sourcesFile), located.lineOf([i, field]), message);
      const problems = sources.flatMap((s, i) => {
        const format = s.heading === undefined ? undefined : customFormat(s.heading);
        if (typeof format === 'object') headingFormats.set(s.id, format);
        return [
          ...(existsSync(path('sources', s.file)) ? [] : [fail(i, 'file', `content/sources/${s.file} does not exist`)]),
          ...(typeof format === 'string' ? [fail(i, 'heading', format)] : []),
        ];
      });
      checkUnique(sources.map((s) => s.id), (i, id) => problems.push(fail(i, 'id', `duplicate source id "${id}"`)));
      if (problems.length > 0) throw new ContentErrors(problems);
    },
    () => {
      const located = read(topicsFile, z.array(topicSchema).min(1));
      topics = [...located.data].sort((a, b) => a.order - b.order);
      checkUnique(located.data.map((t) => t.id), (i, id) => {
        throw new ContentError(display(topicsFile), located.lineOf([i, 'id']), `duplicate topic id "${id}"`);
      });
    },
    () => {
      const located = read(questionsFile, z.array(questionEntrySchema).min(1));
      entries = located.data;
      questionLine = located.lineOf;
      const fail = (i: number, field: string, message: string) => new ContentError(display(questionsFile), located.lineOf([i, field]), message);
      const problems = entries.flatMap((q, i) => [
        ...(q.n !== i + 1 ? [fail(i, 'n', `question ${i + 1} in order has n: ${q.n}`)] : []),
        ...q.related.filter((r) => r === q.n || r < 1 || r > entries.length).map((r) => fail(i, 'related', `related question ${r} does not exist or is the question itself`)),
      ]);
      checkUnique(entries.map((q) => q.slug), (i, slug) => problems.push(fail(i, 'slug', `duplicate slug "${slug}"`)));
      if (problems.length > 0) throw new ContentErrors(problems);
    },
    () => {
      if (!existsSync(referencesFile)) return;
      references = read(referencesFile, z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'reference keys are lowercase letters, digits and "-"'), referenceSchema)).data;
    },
  ]);
  if (errors.length > 0) throw new ContentErrors(errors);

  const topicIds = new Set(topics.map((t) => t.id));
  const unknownTopics = entries.filter((q) => !topicIds.has(q.topic));
  if (unknownTopics.length > 0) {
    throw new ContentErrors(unknownTopics.map((q) => new ContentError(display(questionsFile), questionLine([q.n - 1, 'topic']), `unknown topic "${q.topic}" (not in content/topics.yaml)`)));
  }

  const known = new Set(entries.map((q) => q.n));
  const mapErrors = sources.flatMap((source, i) =>
    Object.entries(source.map)
      .filter(([, n]) => !known.has(n))
      .map(([from, n]) => new ContentError(display(sourcesFile), sourceLine([i, 'map', from]), `map entry ${from}: ${n} points at question ${n}, which questions.yaml does not have`)),
  );
  if (mapErrors.length > 0) throw new ContentErrors(mapErrors);

  const labels = new Map(sources.map((s) => [s.id, s.label]));
  return { root, sources, topics, entries, references, headingFormats, sourceLine, labels, referenceKeys: new Set(Object.keys(references)) };
}

/** One source file read: its answers, each assigned to a question and normalized. */
export function readSource(index: ContentIndex, i: number, text: string): SourceReading & { preamble: ParsedSource['preamble'] } {
  const source = index.sources[i]!;
  const file = displayPath(index.root, contentPath(index.root, 'sources', source.file));
  const parsed = parseSource(text, { file, declaredPreamble: source.preamble, heading: index.headingFormats.get(source.id) });
  const numbers = new Set(parsed.sections.map((s) => String(s.number)));
  const unused = Object.keys(source.map).filter((from) => !numbers.has(from));
  if (unused.length > 0) {
    const sourcesFile = displayPath(index.root, contentPath(index.root, 'sources.yaml'));
    throw new ContentErrors(unused.map((from) => new ContentError(sourcesFile, index.sourceLine([i, 'map', from]), `map entry ${from}: ${file} has no heading numbered ${from}`)));
  }
  const assignments = assignQuestions(parsed.sections, { file, source, questions: index.entries });
  const answers = assignments.map(({ section, n }) =>
    normalizeAnswer({ source: source.id, n, heading: section.heading, lines: section.lines, headingLines: section.headingLines, body: section.body, bodyStartLine: section.bodyStartLine }),
  );
  return { file, parsed, assignments, answers, preamble: parsed.preamble };
}

/** One question with its answers (in sources.yaml order) and its editorial file's text, if it has one, validated. */
export function readQuestion(index: ContentIndex, entry: QuestionEntry, answers: Answer[], editorialText: string | undefined, published: Published): QuestionContent {
  if (editorialText === undefined) return { entry, answers, editorial: null, flags: new Map() };
  const valid = parseEditorial(editorialText, {
    file: displayPath(index.root, contentPath(index.root, 'editorial', editorialFileName(entry.n))),
    question: entry.n,
    answers: new Map(answers.map((a) => [a.source, a])),
    labels: index.labels,
    referenceKeys: index.referenceKeys,
    published,
  });
  return { entry, answers, editorial: valid.editorial, flags: valid.flags };
}

/** An editorial file that names no question in questions.yaml is an error, not silently ignored. */
export function strayEditorials(index: ContentIndex): ContentError[] {
  const dir = contentPath(index.root, 'editorial');
  if (!existsSync(dir)) return [];
  const expected = new Set(index.entries.map((q) => editorialFileName(q.n)));
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !expected.has(f))
    .map((f) => new ContentError(displayPath(index.root, join(dir, f)), 1, `no question matches this editorial file (expected q01.yaml .. ${editorialFileName(index.entries.length)})`));
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function checkUnique(values: string[], onDuplicate: (index: number, value: string) => unknown): void {
  const seen = new Set<string>();
  values.forEach((v, i) => {
    if (seen.has(v)) onDuplicate(i, v);
    seen.add(v);
  });
}
