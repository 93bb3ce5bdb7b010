// Splits one source file into its numbered answers by general rules, never by file name.
import { ContentError } from './errors.ts';
import type { ParsedAnswer, SourceId } from './schema.ts';

export interface ParsedSource {
  answers: ParsedAnswer[];
  /** Lines before question 1 that carry text (e.g. a list of the questions); declared in sources.yaml. */
  preamble: { lines: [number, number]; text: string } | null;
}

export interface ParseOptions {
  file: string;
  source: SourceId;
  questionCount: number;
  /** The line range sources.yaml declares as front matter; text before question 1 elsewhere is an error. */
  declaredPreamble?: [number, number] | undefined;
}

interface NumberedLine {
  index: number;
  number: number;
  text: string;
}

// `12. Text`, `**12. Text**`, `- 12. Text**`: a numbered line that may be a question heading.
const NUMBERED_LINE = /^\s*(?:[-*]\s+)?(\*\*)?(\d+)\.\s+(\S.*)$/;
// A heading that opens `**` and closes it on a later line (a heading split over several lines).
const MAX_HEADING_LINES = 4;

export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

export function parseSource(text: string, options: ParseOptions): ParsedSource {
  const lines = splitLines(text);
  const numbered = findNumberedLines(lines);
  const inLists = numberedListMembers(lines, numbered);
  const headings: Array<{ n: number; from: number; to: number; text: string }> = [];
  let expected = 1;
  for (let i = 0; i < numbered.length && expected <= options.questionCount; i++) {
    const candidate = numbered[i]!;
    if (candidate.number !== expected || inLists.has(candidate.index)) continue;
    const previous = headings[headings.length - 1];
    if (previous && candidate.index <= previous.to) continue;
    const heading = readHeading(lines, candidate, options.file);
    headings.push({ n: expected, ...heading });
    expected++;
  }
  if (expected <= options.questionCount) {
    const after = headings[headings.length - 1];
    const where = after ? `after question ${after.n} (line ${after.from + 1})` : 'in the file';
    const inList = numbered.find((c) => c.number === expected && inLists.has(c.index) && (!after || c.index > after.to));
    const hint = inList
      ? `; line ${inList.index + 1} starts "${expected}. " but directly follows other numbered lines, so it reads as an item of a numbered list (is the answer before it missing?)`
      : '';
    throw new ContentError(
      options.file,
      inList ? inList.index + 1 : after ? after.from + 1 : 1,
      `found no heading for question ${expected} ${where}; expected a line starting "${expected}. " that is not part of a numbered list (${headings.length} of ${options.questionCount} questions found)${hint}`,
    );
  }

  const preamble = readPreamble(lines, headings[0]!.from, options);
  const answers = headings.map((heading, k): ParsedAnswer => {
    const end = k + 1 < headings.length ? headings[k + 1]!.from : lines.length;
    let last = end - 1;
    while (last > heading.to && lines[last]!.trim() === '') last--;
    const bodyLines = lines.slice(heading.to + 1, last + 1);
    if (bodyLines.every((l) => l.trim() === '')) {
      throw new ContentError(options.file, heading.from + 1, `question ${heading.n} has a heading but no answer text`);
    }
    return {
      source: options.source,
      n: heading.n,
      heading: heading.text,
      headingLines: [heading.from + 1, heading.to + 1],
      lines: [heading.from + 1, last + 1],
      body: bodyLines.join('\n'),
      bodyStartLine: heading.to + 2,
    };
  });
  return { answers, preamble };
}

function findNumberedLines(lines: string[]): NumberedLine[] {
  const found: NumberedLine[] = [];
  lines.forEach((line, index) => {
    const match = NUMBERED_LINE.exec(line);
    if (match) found.push({ index, number: Number(match[2]), text: match[3]! });
  });
  return found;
}

/**
 * Numbered lines that belong to a list: runs of two or more lines numbered k, k+1, … with nothing but
 * blank lines between them. Question headings are always separated by answer text, so they never form such runs.
 */
function numberedListMembers(lines: string[], numbered: NumberedLine[]): Set<number> {
  const members = new Set<number>();
  let run: NumberedLine[] = [];
  const flush = () => {
    if (run.length >= 2) run.forEach((item) => members.add(item.index));
    run = [];
  };
  for (const item of numbered) {
    const previous = run[run.length - 1];
    const adjacent =
      previous !== undefined &&
      item.number === previous.number + 1 &&
      lines.slice(previous.index + 1, item.index).every((l) => l.trim() === '');
    if (!adjacent) flush();
    run.push(item);
  }
  flush();
  return members;
}

/** A heading is one line, or several when it opens `**` and closes it on a later line. */
function readHeading(lines: string[], candidate: NumberedLine, file: string): { from: number; to: number; text: string } {
  const first = lines[candidate.index]!;
  const opensBold = /^\s*(?:[-*]\s+)?\*\*/.test(first);
  if (!opensBold || first.trim().endsWith('**')) {
    return { from: candidate.index, to: candidate.index, text: cleanHeading(first) };
  }
  for (let j = candidate.index + 1; j < Math.min(lines.length, candidate.index + MAX_HEADING_LINES); j++) {
    if (lines[j]!.includes('**')) {
      const joined = lines
        .slice(candidate.index, j + 1)
        .map((l) => l.trim())
        .filter((l) => l !== '')
        .join(' ');
      return { from: candidate.index, to: j, text: cleanHeading(joined) };
    }
  }
  throw new ContentError(file, candidate.index + 1, `heading of question ${candidate.number} opens "**" but never closes it`);
}

function cleanHeading(text: string): string {
  return text.trim().replace(/^[-*]\s+/, '').replace(/^\*\*/, '').replace(/\*\*$/, '').trim();
}

function readPreamble(lines: string[], firstHeading: number, options: ParseOptions): ParsedSource['preamble'] {
  const textLines = lines.slice(0, firstHeading).map((l, i) => ({ l, i })).filter(({ l }) => l.trim() !== '');
  if (textLines.length === 0) return null;
  const from = textLines[0]!.i + 1;
  const to = textLines[textLines.length - 1]!.i + 1;
  const declared = options.declaredPreamble;
  if (!declared || from < declared[0] || to > declared[1]) {
    throw new ContentError(
      options.file,
      from,
      `text before question 1 (lines ${from}-${to}) is not declared as front matter; add "preamble: [${from}, ${to}]" to this source in content/sources.yaml if it is not an answer`,
    );
  }
  return { lines: [from, to], text: lines.slice(from - 1, to).join('\n') };
}
