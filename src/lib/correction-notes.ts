// A question's correction notes as HTML, rendered once per page digest by lib/mdx-pages-loader.ts (as
// lib/markdown.ts renders Markdown) and read here, once per build for each page.
import { readFile } from 'node:fs/promises';
import type { QuestionEntry } from './handbook';
import type { CompiledPage } from './mdx-pages-loader';

const read = new Map<string, Promise<Map<number, string>>>();

/** Each correction's note by correction id. */
export function correctionNotes(entry: QuestionEntry): Promise<Map<number, string>> {
  const { notes } = entry.rendered?.metadata as unknown as CompiledPage;
  let html = read.get(notes);
  if (!html) {
    html = readFile(notes, 'utf8').then((text) => new Map(Object.entries(JSON.parse(text) as Record<string, string>).map(([id, note]) => [Number(id), note])));
    read.set(notes, html);
  }
  return html;
}
