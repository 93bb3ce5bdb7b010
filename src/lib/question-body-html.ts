// A question's body renders on its own page and again on a print page. A build writes the question pages first
// (astro.config.mjs's pageOrder), so the print pages can take the HTML each question page rendered instead of
// rendering every body again: 223 → 41 ms for /print/ in a rebuild of the real handbook, and 10.7 s of print
// pages at 5,000 questions. What is kept waits in memory until taken, so it is kept up to a size.
import type { QuestionEntry } from './handbook';
import type { CompiledPage } from './mdx-page-compiler';
import { questionContent, type QuestionContent } from './question-content';

/**
 * Bodies kept at a time, in UTF-16 bytes: every body up to about 1,200 questions of the real handbook's size (27 KB
 * of HTML each), the first 1,200 or so beyond, so that a large build's memory stays flat.
 */
export const KEEP_UP_TO_BYTES = 64 * 1024 * 1024;

/** Renders a body's component to HTML (the caller's slot, which passes it the MDX components). */
export type RenderBody = (Content: QuestionContent) => Promise<string>;

/**
 * The HTML of a question's body: the one a page kept in this process, taken once, or else rendered now, and kept
 * for the next page to take when `keep` is set and it fits. Bodies are kept by the file their code was compiled
 * to, which is named after the page's digest.
 */
export function bodyKeeper(capBytes: number) {
  const kept = new Map<string, string>();
  let keptBytes = 0;
  return async function questionBodyHtml(entry: QuestionEntry, render: RenderBody, keep: boolean): Promise<string> {
    const { compiled } = entry.rendered?.metadata as unknown as CompiledPage;
    const html = kept.get(compiled);
    if (html !== undefined) {
      kept.delete(compiled);
      keptBytes -= html.length * 2;
      return html;
    }
    const rendered = await render(await questionContent(entry));
    if (keep && keptBytes + rendered.length * 2 <= capBytes) {
      kept.set(compiled, rendered);
      keptBytes += rendered.length * 2;
    }
    return rendered;
  };
}

export const questionBodyHtml = bodyKeeper(KEEP_UP_TO_BYTES);
