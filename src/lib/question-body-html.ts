// A question's body renders on its own page and again on a print page. A build writes the question pages first
// (astro.config.mjs's pageOrder), so the print pages can take the HTML each question page rendered instead of
// rendering every body again: 223 → 41 ms for /print/ in a rebuild of the real handbook, and 10.7 s of print
// pages at 5,000 questions. What is kept waits in memory until taken, so it is kept up to a size.
import type { QuestionEntry } from './handbook';
import type { CompiledPage } from './mdx-page-compiler';
import { questionContent, type QuestionContent } from './question-content';

/**
 * Bytes of bodies kept at a time: every body up to about 1,200 questions of the real handbook's size (27 KB of HTML
 * each), the first 1,200 or so beyond. Kept as UTF-8 bytes, whose size is what they hold: a rendered string can be a
 * rope of the pieces it was joined from, larger than its text (with strings kept, a 5,000-question build's Astro
 * process peaked at 1,281 MiB, against 1,098 in a build before).
 */
export const KEEP_UP_TO_BYTES = 32 * 1024 * 1024;

/** Renders a body's component to HTML (the caller's slot, which passes it the MDX components). */
export type RenderBody = (Content: QuestionContent) => Promise<string>;

/**
 * The HTML of a question's body: the one a page kept in this process, taken once, or else rendered now, and kept
 * for the next page to take when `keep` is set and it fits. Bodies are kept by the file their code was compiled
 * to, which is named after the page's digest.
 */
export function bodyKeeper(capBytes: number) {
  const kept = new Map<string, Buffer>();
  let keptBytes = 0;
  return async function questionBodyHtml(entry: QuestionEntry, render: RenderBody, keep: boolean): Promise<string> {
    const { compiled } = entry.rendered?.metadata as unknown as CompiledPage;
    const bytes = kept.get(compiled);
    if (bytes !== undefined) {
      kept.delete(compiled);
      keptBytes -= bytes.length;
      return bytes.toString('utf8');
    }
    const rendered = await render(await questionContent(entry));
    if (keep) {
      // What the slot renders is one of Astro's String objects: its text is kept, flattened once.
      const text = String(rendered);
      const size = Buffer.byteLength(text);
      if (keptBytes + size <= capBytes) {
        kept.set(compiled, Buffer.from(text, 'utf8'));
        keptBytes += size;
      }
    }
    return rendered;
  };
}

export const questionBodyHtml = bodyKeeper(KEEP_UP_TO_BYTES);
