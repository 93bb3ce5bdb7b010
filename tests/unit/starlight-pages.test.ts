// The Starlight reference's pages (bench/starlight-pages.ts): the same questions as the handbook's, every answer, key
// point and correction, as Markdown Starlight reads. The fixture is two questions of the real handbook.json, one of
// them given a hostile title.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { HandbookJson } from '../../scripts/lib/handbook-json.ts';
import { editedCorrection, starlightPages } from '../../bench/starlight-pages.ts';

const handbook = JSON.parse(readFileSync(new URL('../fixtures/starlight/handbook.json', import.meta.url), 'utf8')) as HandbookJson;
const pages = starlightPages(handbook);
const pageOf = (question: HandbookJson['questions'][number]) => pages.find((page) => page.path === `questions/${question.slug}.md`)!;
const frontmatterOf = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;
const label = (source: string) => handbook.sources.find((s) => s.id === source)!.label;

describe('starlightPages', () => {
  test('one page a question and a home page', () => {
    expect(pages.map((page) => page.path)).toEqual(['index.md', ...handbook.questions.map((q) => `questions/${q.slug}.md`)]);
    expect(frontmatterOf(pages[0]!.text)).toEqual({ title: 'CV Interview Handbook' });
  });

  test.each(handbook.questions.map((question) => ({ n: question.n, question })))('question $n: its title and description read back as written', ({ question }) => {
    expect(frontmatterOf(pageOf(question).text)).toEqual({ title: question.title, description: question.description });
  });

  test.each(handbook.questions.map((question) => ({ n: question.n, question })))('question $n: every answer verbatim under its source, every key point', ({ question }) => {
    const { text } = pageOf(question);
    for (const answer of question.answers) expect(text).toContain(`## ${label(answer.source)}\n\n${answer.markdown}\n`);
    for (const point of question.keyPoints) expect(text).toContain(`\n- ${point.text}\n`);
    for (const disagreement of question.disagreements) expect(text).toContain(disagreement.text);
  });

  test('each correction: its quote as a block quote, then its note', () => {
    const question = handbook.questions.find((q) => q.corrections.length > 0)!;
    const { text } = pageOf(question);
    for (const c of question.corrections) {
      expect(text).toContain(`### Correction ${c.id} (${c.kind}, ${label(c.source)})\n\n> ${c.quote}\n\n${c.note}`);
    }
  });
});

describe('editedCorrection', () => {
  test("adds the sentence to the first correction's note and nowhere else", () => {
    const question = handbook.questions.find((q) => q.corrections.length > 1)!;
    const { text } = pageOf(question);
    const [first, second] = question.corrections;
    const edited = editedCorrection(text, 'Reworded.')!;
    expect(edited).toContain(`${first!.note} Reworded.`);
    expect(edited).not.toContain(`${second!.note} Reworded.`);
    expect(edited.length).toBe(text.length + ' Reworded.'.length);
  });

  test('a page with no correction is left alone', () => {
    const question = handbook.questions.find((q) => q.corrections.length === 0)!;
    expect(editedCorrection(pageOf(question).text, 'Reworded.')).toBeUndefined();
  });
});
