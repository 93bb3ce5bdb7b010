// Schemas for every file under content/ and for the handbook data the site and handbook.json use.
import { z } from 'zod';

/** Source ids are editor-chosen slugs; they appear in URLs (/sources/<id>/, #source-<id>). */
export const SOURCE_ID_PATTERN = /^[a-z][a-z0-9-]*$/;
export const sourceIdSchema = z.string().regex(SOURCE_ID_PATTERN, 'a source id is a short slug: a lowercase letter, then lowercase letters, digits or "-"');
export type SourceId = z.infer<typeof sourceIdSchema>;

export const CORRECTION_KINDS = ['factual', 'outdated', 'unsupported', 'misleading', 'truncated', 'repair'] as const;
export const correctionKindSchema = z.enum(CORRECTION_KINDS);
export type CorrectionKind = z.infer<typeof correctionKindSchema>;

export const HANDBOOK_SCHEMA_VERSION = 1;

export const sourceEntrySchema = z
  .object({
    id: sourceIdSchema,
    file: z.string().min(1),
    label: z.string().min(1),
    notes: z.string().default(''),
    /** Lines before the first answer that are not an answer (e.g. a list of the questions). */
    preamble: z.tuple([z.number().int().min(1), z.number().int().min(1)]).optional(),
    /** The source's own heading pattern: a regular expression with a named group `n`. */
    heading: z.string().min(1).optional(),
    /** How a heading finds its question: its number is the question's n, or its wording is matched. */
    questions: z.enum(['by-number', 'by-text']).default('by-number'),
    /** Overrides for single headings: the number in the source -> the question's n. */
    map: z.record(z.string().regex(/^\d+$/, 'map keys are the numbers the source gives its answers'), z.number().int().min(1)).default({}),
  })
  .strict();
export type SourceEntry = z.infer<typeof sourceEntrySchema>;

export const topicSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    title: z.string().min(1),
    description: z.string().min(1),
    order: z.number().int(),
  })
  .strict();
export type Topic = z.infer<typeof topicSchema>;

export const questionEntrySchema = z
  .object({
    n: z.number().int().min(1),
    slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'slug must be lowercase words joined by "-"'),
    title: z.string().min(1),
    topic: z.string().min(1),
    related: z.array(z.number().int()).default([]),
  })
  .strict();
export type QuestionEntry = z.infer<typeof questionEntrySchema>;

export const referenceSchema = z
  .object({
    title: z.string().min(1),
    authors: z.array(z.string().min(1)).min(1),
    year: z.number().int().min(1900).max(2100).optional(),
    venue: z.string().min(1),
    url: z.string().url(),
    arxiv: z.string().regex(/^\d{4}\.\d{4,5}$/).optional(),
    doi: z.string().regex(/^10\.\d{4,9}\/\S+$/).optional(),
  })
  .strict();
export type Reference = z.infer<typeof referenceSchema>;

/** A key point or a disagreement; `id` gives it the anchor #key-point-<id> or #disagreement-<id>. */
const attributedTextSchema = z
  .object({
    id: z.number().int().min(1),
    text: z.string().min(1),
    sources: z.array(sourceIdSchema).default([]),
  })
  .strict();

export const correctionSchema = z
  .object({
    id: z.number().int().min(1),
    source: sourceIdSchema,
    kind: correctionKindSchema,
    quote: z.string().min(1),
    note: z.string().min(1),
    refs: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type Correction = z.infer<typeof correctionSchema>;

export const editorialSchema = z
  .object({
    question: z.number().int().min(1),
    reviewed: z.array(sourceIdSchema).default([]),
    key_points: z.array(attributedTextSchema).min(3).max(8),
    disagreements: z.array(attributedTextSchema).default([]),
    corrections: z.array(correctionSchema).default([]),
  })
  .strict();
export type Editorial = z.infer<typeof editorialSchema>;

/** One answer as the parser finds it: heading and body are verbatim source text. */
export interface ParsedAnswer {
  source: SourceId;
  n: number;
  heading: string;
  /** 1-based line numbers of the heading's first line and the body's last line. */
  lines: [number, number];
  headingLines: [number, number];
  body: string;
  bodyStartLine: number;
}

export interface RepairNote {
  rule: string;
  message: string;
}

export interface Answer extends ParsedAnswer {
  /** The answer body as blocks of inline text; rendered to Markdown or MDX later. */
  blocks: Block[];
  repairs: RepairNote[];
  truncated: boolean;
}

export type Inline = { text: string; strong?: boolean };
/** Fenced code, verbatim: `lang` is its info string's first word and `meta` the rest, as Markdown's syntax tree (mdast) has them. */
export type CodeBlock = { type: 'code'; lang?: string; meta?: string; text: string };
export type Block =
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'table'; header: Inline[][]; rows: Inline[][][] }
  | CodeBlock;

export type CorrectionCounts = Record<CorrectionKind, number> & { total: number };
