// Splits one source file into its answers by general heading rules (heading-formats.ts), never by file name.
import { fencedCode } from './code-fences.ts';
import { ContentError } from './errors.ts';
import { candidateFormats, questionTextOf, type HeadingFormat } from './heading-formats.ts';

/** One answer as the source gives it: its own number and heading, before it is matched to a question. */
export interface SourceSection {
  /** The number the source gives this answer (its own numbering). */
  number: number;
  /** The heading, verbatim apart from list markers and bold markers around it. */
  heading: string;
  /** The heading without its number label: what `questions: by-text` compares with questions.yaml. */
  questionText: string;
  headingLines: [number, number];
  /** 1-based line numbers of the heading's first line and the body's last line. */
  lines: [number, number];
  body: string;
  bodyStartLine: number;
}

/** A line that looked like a heading but was not taken as one, and why (shown by --explain). */
export interface SkippedLine {
  line: number;
  reason: string;
}

export interface ParsedSource {
  sections: SourceSection[];
  /** Lines before the first heading that carry text (e.g. a list of the questions); declared in sources.yaml. */
  preamble: { lines: [number, number]; text: string } | null;
  /** How the headings were recognised. */
  format: string;
  skipped: SkippedLine[];
}

export interface ParseOptions {
  file: string;
  /** The line range sources.yaml declares as front matter; text before the first heading elsewhere is an error. */
  declaredPreamble?: [number, number] | undefined;
  /** The source's own `heading` pattern from sources.yaml. */
  heading?: HeadingFormat | undefined;
}

interface Candidate {
  index: number;
  number: number;
  format: HeadingFormat;
}

interface Heading {
  number: number;
  format: HeadingFormat;
  from: number;
  to: number;
  text: string;
}

// A heading that opens `**` and closes it on a later line (a heading split over several lines).
const MAX_HEADING_LINES = 4;

export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

export function parseSource(text: string, options: ParseOptions): ParsedSource {
  const lines = splitLines(text);
  const inCode = closedCodeBlocks(lines);
  const formats = candidateFormats(lines.filter((_, i) => !inCode.has(i)), options.heading);
  const groups = formats[0]!.sequential ? formats.map((f) => [f]) : [formats];
  // Of the plain formats, the one whose first heading comes first: "1) …" sources often hold "1. …" lists.
  const scored = groups.map((group) => {
    const found = findCandidates(lines, group);
    const candidates = found.filter((c) => !inCode.has(c.index));
    const hidden = found.filter((c) => inCode.has(c.index));
    // A labelled heading ("Question 2:") is never a list item; only plain numbered lines can be.
    const inLists = group[0]!.sequential ? numberedListMembers(lines, candidates) : new Set<number>();
    const first = candidates.find((c) => !inLists.has(c.index));
    return { group, candidates, hidden, inLists, first: first?.index ?? Infinity };
  });
  const chosen = scored.reduce((best, s) => (s.first < best.first ? s : best));
  const { candidates, inLists } = chosen;
  const sequential = chosen.group[0]!.sequential;
  const format = sequential ? `numbered lines ${chosen.group[0]!.name}, counting up by one` : chosen.group.map((f) => f.name).join(', ');

  const headings: Heading[] = [];
  const skipped: SkippedLine[] = chosen.hidden.map((c) => ({ line: c.index + 1, reason: `"${c.number}" is inside a code block (lines ${inCode.get(c.index)!.join('-')})` }));
  let expected: number | undefined;
  for (const candidate of candidates) {
    const previous = headings[headings.length - 1];
    if (previous && candidate.index <= previous.to) continue;
    if (inLists.has(candidate.index)) {
      skipped.push({ line: candidate.index + 1, reason: `"${candidate.number}" is an item of a numbered list` });
      continue;
    }
    if (sequential && expected !== undefined && candidate.number !== expected) {
      skipped.push({ line: candidate.index + 1, reason: `"${candidate.number}" is not the next number (${expected})` });
      continue;
    }
    headings.push({ number: candidate.number, format: candidate.format, ...readHeading(lines, candidate, options.file) });
    expected = candidate.number + 1;
  }
  if (headings.length === 0) {
    throw new ContentError(options.file, 1, `found no answer heading; expected lines such as "1. …", "1) …", "## 1. …", "Question 1: …", or a heading pattern in content/sources.yaml`);
  }
  if (sequential) checkSequenceEnd(candidates, inLists, headings, options.file);

  const preamble = readPreamble(lines, headings[0]!.from, options);
  const sections = headings.map((heading, k): SourceSection => {
    const end = k + 1 < headings.length ? headings[k + 1]!.from : lines.length;
    let last = end - 1;
    while (last > heading.to && lines[last]!.trim() === '') last--;
    const bodyLines = lines.slice(heading.to + 1, last + 1);
    if (bodyLines.every((l) => l.trim() === '')) {
      throw new ContentError(options.file, heading.from + 1, `the answer under heading "${heading.text}" has no text`);
    }
    return {
      number: heading.number,
      heading: heading.text,
      questionText: questionTextOf(heading.text.replace(heading.format.pattern, '')),
      headingLines: [heading.from + 1, heading.to + 1],
      lines: [heading.from + 1, last + 1],
      body: bodyLines.join('\n'),
      bodyStartLine: heading.to + 2,
    };
  });
  return { sections, preamble, format, skipped: skipped.sort((a, b) => a.line - b.line) };
}

/**
 * Plain numbered headings count up by one, so a heading that breaks the count would silently become part of
 * the answer before it: a later numbered line that is not a list item, or an answer with no text, is an error.
 */
function checkSequenceEnd(candidates: Candidate[], inLists: Set<number>, headings: Heading[], file: string): void {
  const last = headings[headings.length - 1]!;
  const next = last.number + 1;
  const emptyAnswer = candidates.find((c) => c.index > last.to && c.number === next && inLists.has(c.index) && !inLists.has(candidates[candidates.indexOf(c) - 1]?.index ?? -1));
  if (emptyAnswer) {
    throw new ContentError(
      file,
      emptyAnswer.index + 1,
      `found no heading "${next}. " after "${last.number}" (line ${last.from + 1}); line ${emptyAnswer.index + 1} starts "${next}" but directly follows other numbered lines, so it reads as an item of a numbered list (is the answer before it missing?)`,
    );
  }
  const gap = candidates.find((c) => c.index > last.to && c.number > next && !inLists.has(c.index));
  if (gap) {
    throw new ContentError(
      file,
      gap.index + 1,
      `line ${gap.index + 1} starts "${gap.number}" but the heading before it is "${last.number}" (line ${last.from + 1}): numbered headings count up by one, so heading ${next} is missing; a source that skips questions numbers its answers 1, 2, 3 … and maps them with "map:", or uses headings such as "Question ${gap.number}: …"`,
    );
  }
}

/**
 * The lines of every closed fenced code block, fences included, each with the block's line range: code is never a
 * heading. A fence that never closes hides nothing, so it cannot swallow the answers after it: it runs to the end
 * of its answer, where the normalizer closes it with a repair note.
 */
function closedCodeBlocks(lines: string[]): Map<number, [number, number]> {
  const inCode = new Map<number, [number, number]>();
  for (const { open, close } of fencedCode(lines)) {
    if (close === null) continue;
    for (let i = open; i <= close; i++) inCode.set(i, [open + 1, close + 1]);
  }
  return inCode;
}

function findCandidates(lines: string[], formats: readonly HeadingFormat[]): Candidate[] {
  const found: Candidate[] = [];
  lines.forEach((line, index) => {
    for (const format of formats) {
      const match = format.pattern.exec(line);
      if (match?.groups?.n !== undefined && /^\d+$/.test(match.groups.n)) {
        found.push({ index, number: Number(match.groups.n), format });
        return;
      }
    }
  });
  return found;
}

/**
 * Numbered lines that belong to a list: runs of two or more lines numbered k, k+1, … with nothing but
 * blank lines between them. Question headings are always separated by answer text, so they never form such runs.
 */
function numberedListMembers(lines: string[], numbered: Candidate[]): Set<number> {
  const members = new Set<number>();
  let run: Candidate[] = [];
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
function readHeading(lines: string[], candidate: Candidate, file: string): { from: number; to: number; text: string } {
  const first = lines[candidate.index]!;
  const opensBold = /^\s*(?:[-*]\s+)?(?:#{1,4}\s+)?\*\*/.test(first);
  if (!opensBold || (first.match(/\*\*/g) ?? []).length % 2 === 0) {
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
  throw new ContentError(file, candidate.index + 1, `heading "${cleanHeading(first)}" opens "**" but never closes it`);
}

function cleanHeading(text: string): string {
  const unwrapped = text.trim().replace(/^[-*]\s+/, '').replace(/^#{1,4}\s+/, '').replace(/^\*\*/, '').replace(/\*\*$/, '').trim();
  // "**Question 4:** Data augmentation": the bold closes right after the label.
  return unwrapped.replace(/^((?:Question\s+|Q)?\d+[.):])\*\*/i, '$1');
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
      `text before the first answer heading (lines ${from}-${to}) is not declared as front matter; add "preamble: [${from}, ${to}]" to this source in content/sources.yaml if it is not an answer`,
    );
  }
  return { lines: [from, to], text: lines.slice(from - 1, to).join('\n') };
}
