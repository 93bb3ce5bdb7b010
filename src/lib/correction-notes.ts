// A question's correction notes as HTML, rendered once per page digest by lib/mdx-pages-loader.ts (as
// lib/markdown.ts renders Markdown) and read here, once per build for each page.
import { readFileSync } from 'node:fs';
import type { QuestionEntry } from './handbook';
import type { CompiledPage } from './mdx-pages-loader';

const read = new Map<string, Map<number, string>>();

/** Each correction's note by correction id (read at once, as lib/question-content.ts reads a page's code). */
export function correctionNotes(entry: QuestionEntry): Map<number, string> {
  const { notes } = entry.rendered?.metadata as unknown as CompiledPage;
  let html = read.get(notes);
  if (!html) {
    html = new Map(Object.entries(JSON.parse(readFileSync(notes, 'utf8')) as Record<string, string>).map(([id, note]) => [Number(id), note]));
    read.set(notes, html);
  }
  return html;
}
