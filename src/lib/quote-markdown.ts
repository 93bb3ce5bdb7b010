// "Copy as Markdown": a quote from an answer or a correction, ready to paste into a discussion.

export interface Quotation {
  /** The quoted text; cut to a sentence or two here. */
  quote: string;
  /** For a correction: the label of its kind, its number and the editors' note. */
  verdict?: { label: string; correction: number; note: string };
  /** Who wrote the quoted text, e.g. "Source B". */
  source: string;
  question: { n: number; title: string };
  site: string;
  /** The short link to the answer or correction. */
  link: string;
}

const MAX_SENTENCES = 2;
const MAX_CHARS = 280;

export function quoteMarkdown({ quote, verdict, source, question, site, link }: Quotation): string {
  const lines = [`> ${escapeMarkdown(excerpt(quote))}`, ''];
  if (verdict) lines.push(`**${escapeMarkdown(verdict.label)}** (correction ${verdict.correction}): ${escapeMarkdown(verdict.note)}`, '');
  lines.push(`— ${escapeMarkdown(`${source} on question ${question.n}, “${question.title}”, in the ${site}`)}: ${link}`);
  return lines.join('\n');
}

/** The first sentence or two of a text, at most MAX_CHARS long; a longer first sentence is cut at a word. */
export function excerpt(text: string): string {
  const sentences = [...new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text.trim())].map((s) => s.segment);
  let out = sentences[0] ?? '';
  for (const next of sentences.slice(1, MAX_SENTENCES)) {
    if ((out + next).trimEnd().length > MAX_CHARS) break;
    out += next;
  }
  out = out.trim();
  if (out.length <= MAX_CHARS) return out;
  const cut = out.slice(0, MAX_CHARS + 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:]+$/, '')} …`;
}

/** Backslash before what Markdown would read as formatting, so quoted text stays literal. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~]/g, '\\$&')
    .replace(/^(#|[+-](?=\s))/, '\\$1')
    .replace(/^(\d+)([.)])(?=\s)/, '$1\\$2');
}
