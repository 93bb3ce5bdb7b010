// The Markdown a question page holds in its frontmatter (correction notes, key points) as HTML: rendered by
// lib/mdx-page-compiler.ts once per page digest, as lib/markdown.ts renders Markdown, into a file beside the
// compiled body, and read here once per build for each page. The corrections page shows the notes and
// /practice.json the key points; rendering them while the pages were written took each about a second of a build.
import { readFileSync } from 'node:fs';
import { renderMarkdown } from './markdown';
import type { CompiledPage } from './mdx-pages-loader';

/** What the file holds: each correction's note by its id, each key point by its Markdown. */
export interface FrontmatterHtml {
  notes: Record<string, string>;
  keyPoints: Record<string, string>;
}

/** The HTML of the notes of a page's corrections (as validated) and of its key points (as written in the page). */
export async function renderFrontmatterHtml(corrections: ReadonlyArray<{ id: number; note: string }>, frontmatter: Record<string, unknown>): Promise<FrontmatterHtml> {
  const render = async <K>(items: ReadonlyArray<readonly [K, string]>) => Promise.all(items.map(async ([key, markdown]) => [key, await renderMarkdown(markdown)] as const));
  const notes = await render(corrections.map((c) => [c.id, c.note] as const));
  const keyPoints = await render(keyPointTexts(frontmatter).map((text) => [text, text] as const));
  return { notes: Object.fromEntries(notes), keyPoints: Object.fromEntries(keyPoints) };
}

/** The key points' Markdown: the collection's schema leaves them out of the entry, so they are read as written. */
function keyPointTexts(frontmatter: Record<string, unknown>): string[] {
  const points = frontmatter.key_points;
  return Array.isArray(points) ? points.flatMap((point) => (typeof point?.text === 'string' ? [point.text as string] : [])) : [];
}

/** An entry of the questions collection, as far as this module reads it. */
interface RenderedEntry {
  rendered?: { metadata?: unknown };
}

const read = new Map<string, { notes: Map<number, string>; keyPoints: Map<string, string> }>();

function frontmatterHtml(entry: RenderedEntry) {
  const file = (entry.rendered?.metadata as unknown as CompiledPage).frontmatterHtml;
  let html = read.get(file);
  if (!html) {
    const { notes, keyPoints } = JSON.parse(readFileSync(file, 'utf8')) as FrontmatterHtml;
    html = { notes: new Map(Object.entries(notes).map(([id, note]) => [Number(id), note])), keyPoints: new Map(Object.entries(keyPoints)) };
    read.set(file, html);
  }
  return html;
}

/** A question's correction notes as HTML, by correction id. */
export function correctionNotes(entry: RenderedEntry): Map<number, string> {
  return frontmatterHtml(entry).notes;
}

/** The key points' HTML of every page, by their Markdown. */
export function renderedKeyPoints(entries: ReadonlyArray<RenderedEntry>): Map<string, string> {
  return new Map(entries.flatMap((entry) => [...frontmatterHtml(entry).keyPoints]));
}
