// A question's body renders on its own page and again on the print page. A build of a handbook that prints whole
// (lib/print-pages.ts) writes the question pages first (astro.config.mjs's pageOrder), so the print page can take
// the HTML each question page rendered instead of rendering all the bodies again. Larger handbooks print one topic
// a page and keep nothing: holding every body until the print pages would hold the whole handbook in memory.
import type { QuestionEntry } from './handbook';
import type { CompiledPage } from './mdx-page-compiler';
import { questionContent, type QuestionContent } from './question-content';

/** Bodies rendered and not yet taken, by the file their code was compiled to (named after the page's digest). */
const kept = new Map<string, string>();

/** Renders a body's component to HTML (the caller's slot, which passes it the MDX components). */
export type RenderBody = (Content: QuestionContent) => Promise<string>;

/**
 * The HTML of a question's body: the one a page kept in this process, taken once, or else rendered now, and kept
 * for the next page to take when `keep` is set.
 */
export async function questionBodyHtml(entry: QuestionEntry, render: RenderBody, keep: boolean): Promise<string> {
  const { compiled } = entry.rendered?.metadata as unknown as CompiledPage;
  const html = kept.get(compiled);
  if (html !== undefined) {
    kept.delete(compiled);
    return html;
  }
  const rendered = await render(await questionContent(entry));
  if (keep) kept.set(compiled, rendered);
  return rendered;
}
