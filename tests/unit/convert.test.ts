import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPages } from '../../scripts/convert.ts';
import { toHandbookJson } from '../../scripts/lib/handbook-json.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { HANDBOOK_SCHEMA_VERSION } from '../../scripts/lib/schema.ts';
import { errorOf, ROOT } from './helpers.ts';
import { renderMdxText } from './mdx-runtime.ts';

const COMPONENTS = ['KeyPoints', 'KeyPoint', 'NotReviewed', 'Disagreements', 'Disagreement', 'Answers', 'Answer', 'Flag', 'Corrections', 'Correction', 'References', 'Reference'];
const temporaryRoots: string[] = [];

/** A copy of the real content that a test may damage. */
function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'handbook-'));
  temporaryRoots.push(root);
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  return root;
}
/** Adds a line to the last source in sources.yaml (Source E). */
function appendSource(root: string, line: string): void {
  const sources = join(root, 'content/sources.yaml');
  writeFileSync(sources, readFileSync(sources, 'utf8') + line);
}
afterAll(() => temporaryRoots.forEach((r) => rmSync(r, { recursive: true, force: true })));

describe('convert', () => {
  const pages = renderPages(ROOT);

  it('writes one page per question, the same bytes on every run', () => {
    expect(pages.size).toBe(50);
    expect(renderPages(ROOT)).toEqual(pages);
  });

  it('every page compiles as MDX and shows every source answer', async () => {
    const content = loadContent(ROOT);
    for (const question of content.questions) {
      const [name, mdx] = [...pages].find(([n]) => n.startsWith(String(question.entry.n).padStart(2, '0')))!;
      const text = (await renderMdxText(mdx.replace(/^---[\s\S]*?\n---\n/, ''), COMPONENTS)).replace(/\s+/g, ' ');
      for (const answer of question.answers) {
        const firstWords = answer.body.replace(/^\s*(Ans:\s*)?/, '').split(/\s+/).slice(0, 6).join(' ').replace(/\*\*/g, '');
        expect(text, `${name}: Source ${answer.source}`).toContain(firstWords.replace(/^[-*]\s+/, ''));
      }
    }
  }, 60_000);

  it('renders hostile source text verbatim', async () => {
    const root = contentCopy();
    const file = join(root, 'content/sources/003_f2f8de04b7ab493e.txt');
    const hostile = 'export const x = {a: 1}\n\nimport y from "z"\n\nUse <script>alert(1)</script> and {props} with `ticks` $x \\ done.';
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^Feature extraction in CNNs involves.*$/m, hostile));
    const page = renderPages(root).get('01-feature-extraction-in-cnns.mdx')!;
    const text = await renderMdxText(page.replace(/^---[\s\S]*?\n---\n/, ''), COMPONENTS);
    for (const piece of ['export const x = {a: 1}', 'import y from "z"', 'Use <script>alert(1)</script> and {props} with `ticks` $x \\ done.']) {
      expect(text).toContain(piece);
    }
  }, 20_000);

  it('fails with file and line when a source loses a question heading', () => {
    const root = contentCopy();
    const file = join(root, 'content/sources/001_3cdd8f150687ce79.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^17\. What are the different techniques.*$/m, 'What are the different techniques?'));
    expect(errorOf(() => renderPages(root))).toBe(
      'content/sources/001_3cdd8f150687ce79.txt:163: line 163 starts "18" but the heading before it is "16" (line 146): numbered headings count up by one, so heading 17 is missing; a source that skips questions numbers its answers 1, 2, 3 … and maps them with "map:", or uses headings such as "Question 18: …"',
    );
  });

  // Bad input from issue 12: each is a file:line error, and convert writes nothing (renderPages throws).
  it.each([
    {
      name: 'a source file that yields no heading',
      damage: (root: string) => writeFileSync(join(root, 'content/sources/003_f2f8de04b7ab493e.txt'), 'Notes without any numbered heading.\n'),
      message:
        'content/sources/003_f2f8de04b7ab493e.txt:1: found no answer heading; expected lines such as "1. …", "1) …", "## 1. …", "Question 1: …", or a heading pattern in content/sources.yaml',
    },
    {
      name: 'a heading pattern without a group n',
      damage: (root: string) => appendSource(root, "  heading: '^Q(\\d+) '\n"),
      message: `content/sources.yaml:23: heading pattern "^Q(\\d+) " has no named group "n" for the answer's number, e.g. "^Q(?<n>\\d+) - "`,
    },
    {
      name: 'a map entry pointing at a question that does not exist',
      damage: (root: string) => appendSource(root, '  map: {1: 51}\n'),
      message: 'content/sources.yaml:23: map entry 1: 51 points at question 51, which questions.yaml does not have',
    },
    {
      name: 'an editorial correction for a source that does not answer that question',
      damage: (root: string) => {
        // A sixth source that answers question 1 only, and a correction of it on question 2.
        writeFileSync(join(root, 'content/sources/expert.txt'), 'Question 1: Feature extraction\n\nFilters detect edges first.\n');
        appendSource(root, '- id: expert\n  file: expert.txt\n  label: An expert\n');
        const editorial = join(root, 'content/editorial/q02.yaml');
        writeFileSync(editorial, readFileSync(editorial, 'utf8').replace(/^corrections:\n/m, 'corrections:\n  - id: 99\n    source: expert\n    kind: misleading\n    quote: edges\n    note: A note.\n'));
      },
      message: /^content\/editorial\/q02\.yaml:\d+: An expert \(expert\) does not answer question 2$/,
    },
  ])('$name', ({ damage, message }) => {
    const root = contentCopy();
    damage(root);
    expect(errorOf(() => renderPages(root))).toMatch(message);
  });

  it('reports every broken file at once', () => {
    const root = contentCopy();
    writeFileSync(join(root, 'content/topics.yaml'), '- id: Not A Slug\n  title: T\n  description: D\n  order: 1\n');
    const questions = join(root, 'content/questions.yaml');
    writeFileSync(questions, readFileSync(questions, 'utf8').replace('slug: anchor-boxes', 'slug: u-net'));
    expect(errorOf(() => renderPages(root)).split('\n')).toEqual([
      'content/topics.yaml:1: [0].id: Invalid',
      'content/questions.yaml:188: duplicate slug "u-net"',
    ]);
  });

  it('refuses to give a published key point id to another key point, and keeps it through a rewording', () => {
    const root = contentCopy();
    const file = join(root, 'content/editorial/q23.yaml');
    const original = readFileSync(file, 'utf8');
    const point = 'Several anchor shapes per location let the detector handle objects of different sizes and aspect ratios';
    writeFileSync(file, original.replace(point, 'Several anchor shapes at each location let a detector handle objects of many sizes and aspect ratios'));
    expect(renderPages(root).get('23-anchor-boxes.mdx')).toContain('at each location let a detector');
    writeFileSync(file, original.replace(point, 'Anchor-free detectors such as FCOS predict boxes from points'));
    const line = original.split('\n').findIndex((l) => l.includes(point));
    expect(errorOf(() => renderPages(root))).toBe(
      `content/editorial/q23.yaml:${line}: key point id 6 was published for another key point ("Several anchor shapes per location let the detector …"); ids are never reused: give this key point a new id (rewording keeps the id only while at least half the words stay)`,
    );
  });

  it('marks a question without an editorial file as not yet reviewed, inventing nothing', () => {
    const root = contentCopy();
    rmSync(join(root, 'content/editorial/q12.yaml'), { force: true });
    const page = renderPages(root).get('12-distributed-training.mdx')!;
    expect(page).toContain('reviewed: false');
    expect(page).toContain('<NotReviewed />');
    expect(page).not.toContain('<KeyPoint');
    expect(page).not.toContain('<Correction ');
  });
});

describe('handbook.json', () => {
  it('carries the schema version and everything a page shows', () => {
    const data = toHandbookJson(loadContent(ROOT));
    expect(data.schemaVersion).toBe(HANDBOOK_SCHEMA_VERSION);
    expect(data.questions).toHaveLength(50);
    expect(data.topics.length).toBeGreaterThanOrEqual(6);
    expect(data.sources.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    const q13 = data.questions[12]!;
    expect(q13.answers[1]!.raw).toContain('Pros:\nMore flexible and expressive than TensorFlow.');
    expect(q13.answers[1]!.markdown).toContain('- More flexible and expressive than TensorFlow.');
    expect(q13.answers[1]!.repairs.map((r) => r.rule)).toContain('list-markers');
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});
