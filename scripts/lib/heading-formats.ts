// The ways a source may mark where an answer starts: built-in formats, or a source's own `heading` pattern.

export interface HeadingFormat {
  name: string;
  /** Matches one line; the named group `n` is the number the source gives the answer. */
  pattern: RegExp;
  /**
   * Plain numbered lines look like list items, so they are headings only while they count up by one
   * (1, 2, 3 …); labelled headings ("Question 4:", "## 4. …", a source's own pattern) may come in any order.
   */
  sequential: boolean;
}

const BOLD = String.raw`(?:\*\*)?`;
const MARKDOWN = String.raw`^#{1,4}\s+${BOLD}`;

export const PLAIN_FORMATS: readonly HeadingFormat[] = [
  { name: '"N. …"', pattern: new RegExp(String.raw`^\s*(?:[-*]\s+)?${BOLD}(?<n>\d+)\.\s+(?=\S)`), sequential: true },
  { name: '"N) …"', pattern: new RegExp(String.raw`^\s*(?:[-*]\s+)?${BOLD}(?<n>\d+)\)\s+(?=\S)`), sequential: true },
];

export const LABELLED_FORMATS: readonly HeadingFormat[] = [
  { name: 'Markdown heading "# N. …"', pattern: new RegExp(String.raw`${MARKDOWN}(?<n>\d+)\.\s+(?=\S)`), sequential: false },
  { name: 'Markdown heading "# QN: …" or "# QN. …"', pattern: new RegExp(String.raw`${MARKDOWN}Q(?<n>\d+)[:.]\s*`), sequential: false },
  { name: 'Markdown heading "# Question N: …"', pattern: new RegExp(String.raw`${MARKDOWN}Question\s+(?<n>\d+)\s*:`), sequential: false },
  { name: '"Question N: …"', pattern: new RegExp(String.raw`^\s*${BOLD}Question\s+(?<n>\d+):`), sequential: false },
];

// Everything before the question's own words: `## `, `**`, `Question 4:`, `Q4.`, `4)`, list markers.
const LABEL = /^\s*(?:[-*]\s+)?(?:#{1,4}\s+)?(?:\*\*)?(?:Question\s+|Q)?\d+\s*[.):](?:\*\*)?\s*/i;

/** The question's wording in a heading line, without its number label or bold markers. */
export function questionTextOf(heading: string): string {
  return heading.replace(LABEL, '').replace(/\*\*/g, '').trim();
}

/** A source's own `heading` pattern from sources.yaml, or why it cannot be used. */
export function customFormat(source: string): HeadingFormat | string {
  let pattern: RegExp;
  try {
    pattern = new RegExp(source);
  } catch (error) {
    return `heading is not a valid regular expression: ${error instanceof Error ? error.message : String(error)}`;
  }
  // An empty alternative always matches, so the result lists every named group the pattern has.
  const groups = new RegExp(`${source}|`).exec('')?.groups ?? {};
  if (!('n' in groups)) {
    return `heading pattern "${source}" has no named group "n" for the answer's number, e.g. "^Q(?<n>\\d+) - "`;
  }
  return { name: `the pattern "${source}" from sources.yaml`, pattern, sequential: false };
}

/**
 * The formats to try, best first: a source's own pattern alone; otherwise labelled headings when the file has
 * any (their answers may hold numbered lists), and plain numbered lines only when it has none.
 */
export function candidateFormats(lines: readonly string[], custom: HeadingFormat | undefined): readonly HeadingFormat[] {
  if (custom) return [custom];
  const labelled = LABELLED_FORMATS.filter((f) => lines.some((line) => f.pattern.test(line)));
  return labelled.length > 0 ? labelled : PLAIN_FORMATS;
}
