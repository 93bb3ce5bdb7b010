// Content collections over the converter's output (content/): the contract is documented in
// tests/fixtures/mdx/contract-example.mdx and DESIGN.md.
import { fileURLToPath } from 'node:url';
import { importTypeScript } from './lib/import-typescript.mjs';

type Modules = typeof import('./lib/content-config-modules');
// A build imports them with Node's import(): Vite's module runner took half a second of every build to load them and
// the ~100 modules of Astro's they import, one by one. `npm run dev` loads them through Vite's, in its module graph,
// as before.
// (The schemas stay in this file: Astro clears its content store when this file's text changes.)
const { defineCollection, z, file, parse, contentPath, KINDS, SOURCE_ID_PATTERN, mdxPages }: Modules = import.meta.env.DEV
  ? await import('./lib/content-config-modules')
  : ((await importTypeScript(new URL('./lib/content-config-modules.ts', import.meta.url), fileURLToPath(new URL('../node_modules/.cache/content-config/', import.meta.url)))) as Modules);

const sourceId = z.string().regex(SOURCE_ID_PATTERN);

/** Entries of a YAML list, each with its place in the file. */
const withPositions = (text: string) => (parse(text) as Array<Record<string, unknown>>).map((entry, position) => ({ ...entry, position }));
const kind = z.enum(KINDS);

const topics = defineCollection({
  loader: file(contentPath('topics.yaml')),
  schema: z.object({ id: z.string(), title: z.string(), description: z.string(), order: z.number().int() }),
});

/** sources.yaml in display order: `position` is each source's place in the file. */
const sources = defineCollection({
  loader: file(contentPath('sources.yaml'), { parser: withPositions }),
  schema: z.object({ id: sourceId, file: z.string(), label: z.string(), notes: z.string().default(''), position: z.number().int() }),
});

/** What questions.yaml says of a question; each page's frontmatter repeats it. */
const questionFields = {
  n: z.number().int().min(1),
  slug: z.string(),
  title: z.string(),
  topic: z.string(),
  related: z.array(z.number().int()).default([]),
};

/** questions.yaml, keeping each entry's position: within a topic, questions are read in file order. */
const questionIndex = defineCollection({
  loader: file(contentPath('questions.yaml'), { parser: withPositions }),
  schema: z.object({ ...questionFields, position: z.number().int() }),
});

const counts = z.object(Object.fromEntries([...KINDS, 'total'].map((key) => [key, z.number().int()])));

const questions = defineCollection({
  loader: mdxPages(contentPath('questions')),
  schema: z.object({
    ...questionFields,
    reviewed: z.boolean(),
    description: z.string(),
    counts,
    answers: z.array(
      z.object({
        source: sourceId,
        label: z.string(),
        lines: z.tuple([z.number().int(), z.number().int()]),
        truncated: z.boolean(),
        corrections: z.number().int(),
        repairs: z.number().int(),
      }),
    ),
    corrections: z.array(
      z.object({
        id: z.number().int(),
        source: sourceId,
        kind,
        quote: z.string(),
        note: z.string(),
        refs: z.array(z.string()).default([]),
      }),
    ),
    references: z.array(z.string()).default([]),
  }),
});

export const collections = { topics, sources, questionIndex, questions };
