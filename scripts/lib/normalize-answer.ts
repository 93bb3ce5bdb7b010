// Turns a parsed answer body into clean blocks; every change to wording or structure is a repair note.
import { fencedCode, type FencedCode } from './code-fences.ts';
import { inlineText, parseInline } from './inline.ts';
import type { Answer, Block, Inline, ParsedAnswer, RepairNote } from './schema.ts';

type LineKind = 'bullet' | 'ordered' | 'tab' | 'pipe' | 'plain';
interface SourceLine {
  no: number;
  text: string;
}
interface RawBlock {
  kind: LineKind;
  lines: SourceLine[];
}

const ANS_PREFIX = /^Ans:\s*/;
const DEBRIS = /\s*Opens in a new window\s*$/;
// Where the scraped page had a picture, its alt text was left behind: "[Image of U-Net CNN architecture]".
const IMAGE_PLACEHOLDER = /\s*\[(?:Image|Diagram|Picture) of [^\]]*\]/g;
const BULLET = /^[-*](?:\s+|$)/;
const ORDERED = /^(\d{1,2})\.\s+\S/;
// A numbered item whose "." was lost: "1 Forward pass: ..." (a capital letter follows the number).
const ORDERED_WITHOUT_DOT = /^(\d{1,2})\s+[A-Z]/;
const SENTENCE_END = /[.!?)"”'’]$/;
// Text that ends on a word that cannot end a sentence was cut off ("not as good for research and").
const DANGLING_WORD = /\b(?:and|or|but|the|a|an|of|to|for|with|in|on|by|as|that|which|is|are)$/i;
const TITLE_LIKE = /^[A-Z][\w-]*(?:\s+[\w-]+){0,2}$/;

export function normalizeAnswer(parsed: ParsedAnswer): Answer {
  const repairs: RepairNote[] = [];
  const body = parsed.body.split('\n');
  const blocks: Block[] = [];
  let droppedEmptyItem = false;
  const addProse = (from: number, to: number) => {
    const prose = normalizeProse(toLines(body.slice(from, to), parsed.bodyStartLine + from), from === 0, repairs);
    blocks.push(...prose.blocks);
    droppedEmptyItem ||= prose.droppedEmptyItem;
  };
  // Code is kept verbatim: only the prose before, between and after code blocks is repaired.
  const codes = fencedCode(body);
  let proseStart = 0;
  for (const code of codes) {
    addProse(proseStart, code.open);
    blocks.push(code.block);
    if (code.close === null) repairs.push(unclosedFenceNote(code, parsed.bodyStartLine, body.length));
    proseStart = code.close === null ? body.length : code.close + 1;
  }
  addProse(proseStart, body.length);
  // A fence that never closes runs to the end of the answer: the answer stops inside its code.
  const endsInOpenCode = codes[codes.length - 1]?.close === null;
  const truncated = droppedEmptyItem || endsInOpenCode || endsMidSentence(blocks);
  return { ...parsed, blocks, repairs, truncated };
}

/** Prose between code blocks; only the answer's opening prose can carry an "Ans:" prefix. */
function normalizeProse(lines: SourceLine[], opensAnswer: boolean, repairs: RepairNote[]): { blocks: Block[]; droppedEmptyItem: boolean } {
  const cleaned = stripDebris(opensAnswer ? stripAnsPrefix(lines, repairs) : lines, repairs);
  const joined = joinBrokenSentences(groupBlocks(cleaned), repairs);
  return buildBlocks(mergeListRuns(joined.flatMap((block) => splitLostListMarkers(block, repairs))), repairs);
}

function toLines(texts: string[], firstLine: number): SourceLine[] {
  return texts.map((text, i) => ({ no: firstLine + i, text: text.trim() }));
}

function unclosedFenceNote(code: FencedCode, bodyStartLine: number, bodyLength: number): RepairNote {
  return {
    rule: 'code-fence',
    message: `Closed the code block that opens at line ${bodyStartLine + code.open} at the end of the answer (line ${bodyStartLine + bodyLength - 1}): the source never closes it.`,
  };
}

function stripAnsPrefix(lines: SourceLine[], repairs: RepairNote[]): SourceLine[] {
  const first = lines.findIndex((l) => l.text !== '');
  const line = lines[first];
  if (!line || !ANS_PREFIX.test(line.text)) return lines;
  repairs.push({ rule: 'ans-prefix', message: `Removed the "Ans:" prefix (line ${line.no}).` });
  return lines.map((l, i) => (i === first ? { ...l, text: l.text.replace(ANS_PREFIX, '') } : l));
}

function stripDebris(lines: SourceLine[], repairs: RepairNote[]): SourceLine[] {
  return lines.map((line) => stripImagePlaceholders(line, repairs)).flatMap((line) => {
    if (!DEBRIS.test(line.text)) return [line];
    const rest = line.text.replace(DEBRIS, '');
    // What is glued to the debris without ending a sentence is an image caption scraped with it.
    if (rest === '' || !SENTENCE_END.test(rest)) {
      repairs.push({
        rule: 'debris',
        message: `Removed scraping debris, an image caption and a link label (line ${line.no}): "${line.text}".`,
      });
      return [];
    }
    repairs.push({ rule: 'debris', message: `Removed scraping debris "Opens in a new window" (line ${line.no}).` });
    return [{ ...line, text: rest }];
  });
}

/** A line left empty reads as a blank line, which only separates blocks. */
function stripImagePlaceholders(line: SourceLine, repairs: RepairNote[]): SourceLine {
  const placeholders = line.text.match(IMAGE_PLACEHOLDER);
  if (!placeholders) return line;
  for (const placeholder of placeholders) {
    repairs.push({ rule: 'image-placeholder', message: `Removed the image placeholder "${placeholder.trim()}", left where the scraped page had a picture (line ${line.no}).` });
  }
  return { ...line, text: line.text.replace(IMAGE_PLACEHOLDER, '').trim() };
}

function kindOf(text: string): LineKind {
  if (text.includes('\t')) return 'tab';
  if (text.startsWith('|')) return 'pipe';
  if (BULLET.test(text)) return 'bullet';
  if (ORDERED.test(text) || ORDERED_WITHOUT_DOT.test(text)) return 'ordered';
  return 'plain';
}

/** Consecutive non-blank lines of one kind form a block; a change of kind starts a new one. */
function groupBlocks(lines: SourceLine[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: RawBlock | null = null;
  for (const line of lines) {
    if (line.text === '') {
      current = null;
      continue;
    }
    const kind = kindOf(line.text);
    if (!current || current.kind !== kind) {
      current = { kind, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
  }
  return blocks;
}

function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.replace(/\*+$/, '').trimEnd()) || text.endsWith(':');
}

/** A block that stops mid-sentence, followed by one that starts in lower case, is one sentence broken in two. */
function joinBrokenSentences(blocks: RawBlock[], repairs: RepairNote[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    const tail = previous?.lines[previous.lines.length - 1];
    const head = block.lines[0]!;
    if (previous && tail && block.kind === 'plain' && previous.kind !== 'tab' && previous.kind !== 'pipe' && !endsSentence(tail.text) && /^[a-z]/.test(head.text)) {
      repairs.push({
        rule: 'join-sentence',
        message: `Joined a sentence broken across a blank line (lines ${tail.no} and ${head.no}).`,
      });
      previous.lines[previous.lines.length - 1] = { no: tail.no, text: `${tail.text} ${head.text}` };
      if (block.lines.length > 1) out.push({ kind: 'plain', lines: block.lines.slice(1) });
      continue;
    }
    out.push({ ...block, lines: [...block.lines] });
  }
  return out;
}

/**
 * Several plain lines with no blank line between them are list items that lost their markers
 * ("Pros:" then one item per line). A leading line ending in ":" introduces the list, and a short
 * title-like last line ("TensorFlow", "Overall") starts the next section.
 */
function splitLostListMarkers(block: RawBlock, repairs: RepairNote[]): RawBlock[] {
  if (block.kind !== 'plain' || block.lines.length < 2) return [block];
  const lines = [...block.lines];
  const before: RawBlock[] = [];
  const after: RawBlock[] = [];
  if (lines[0]!.text.endsWith(':')) before.push({ kind: 'plain', lines: [lines.shift()!] });
  const last = lines[lines.length - 1]!;
  const itemsEndSentences = lines.slice(0, -1).every((l) => endsSentence(l.text));
  if (lines.length >= 2 && itemsEndSentences && TITLE_LIKE.test(last.text) && !endsSentence(last.text)) {
    after.push({ kind: 'plain', lines: [lines.pop()!] });
  }
  if (lines.length === 0) return [...before, ...after];
  if (lines.length === 1) return [...before, { kind: 'plain', lines }, ...after];
  repairs.push({
    rule: 'list-markers',
    message: `Restored the list markers of ${lines.length} items that had lost them (lines ${lines[0]!.no}-${lines[lines.length - 1]!.no}).`,
  });
  return [...before, { kind: 'bullet', lines: lines.map((l) => ({ ...l, text: `- ${l.text}` })) }, ...after];
}

/** List items separated by blank lines are still one list. */
function mergeListRuns(blocks: RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    if (previous && previous.kind === block.kind && (block.kind === 'bullet' || block.kind === 'ordered')) {
      previous.lines.push(...block.lines);
    } else {
      out.push({ ...block, lines: [...block.lines] });
    }
  }
  return out;
}

function buildBlocks(raw: RawBlock[], repairs: RepairNote[]): { blocks: Block[]; droppedEmptyItem: boolean } {
  const blocks: Block[] = [];
  let droppedEmptyItem = false;
  raw.forEach((block, i) => {
    const previous = blocks[blocks.length - 1];
    switch (block.kind) {
      case 'plain':
        for (const line of block.lines) blocks.push({ type: 'paragraph', content: parseInline(line.text) });
        break;
      case 'bullet': {
        const items = block.lines.map((l) => l.text.replace(BULLET, ''));
        const kept = items.filter((item) => item.trim() !== '');
        if (kept.length < items.length) {
          droppedEmptyItem = true;
          repairs.push({ rule: 'empty-item', message: `Removed an empty list item (line ${block.lines[items.findIndex((t) => t.trim() === '')]!.no}).` });
        }
        if (kept.length > 0) blocks.push({ type: 'list', ordered: false, items: kept.map(parseInline) });
        break;
      }
      case 'ordered':
        blocks.push(...buildOrdered(block, repairs));
        break;
      case 'tab':
      case 'pipe': {
        const rows = block.kind === 'tab' ? block.lines.map((l) => l.text.split('\t')) : pipeRows(block.lines);
        const header = rows[0]!;
        if (block.kind === 'tab') {
          repairs.push({
            rule: 'table',
            message: `Rebuilt a tab-separated table of ${rows.length} rows as a table (lines ${block.lines[0]!.no}-${block.lines[block.lines.length - 1]!.no}).`,
          });
        }
        // A table straight after one with the same header row is its continuation, split by the scraper.
        const continues =
          previous?.type === 'table' && raw[i - 1]?.kind === block.kind && previous.header.map(inlineText).join('\t') === header.join('\t');
        if (continues) {
          repairs.push({
            rule: 'table-merge',
            message: `Merged a table split in two and dropped its repeated header row (line ${block.lines[0]!.no}).`,
          });
          previous.rows.push(...padRows(rows.slice(1), header.length, repairs, block.lines[0]!.no).map(cellsInline));
        } else {
          blocks.push({ type: 'table', header: cellsInline(header), rows: padRows(rows.slice(1), header.length, repairs, block.lines[0]!.no).map(cellsInline) });
        }
        break;
      }
    }
  });
  return { blocks, droppedEmptyItem };
}

function buildOrdered(block: RawBlock, repairs: RepairNote[]): Block[] {
  const numbers = block.lines.map((l) => Number((ORDERED.exec(l.text) ?? ORDERED_WITHOUT_DOT.exec(l.text))![1]));
  if (!numbers.every((n, k) => n === k + 1)) {
    // Not a list counted from 1: keep the lines as text rather than renumber what the source wrote.
    return block.lines.map((line) => ({ type: 'paragraph', content: parseInline(line.text) }));
  }
  const withoutDot = block.lines.filter((l) => !ORDERED.test(l.text));
  if (withoutDot.length > 0) {
    repairs.push({
      rule: 'ordered-markers',
      message: `Restored the numbered-list punctuation of ${withoutDot.length} item${withoutDot.length > 1 ? 's' : ''} ("1 Text" became "1. Text"; lines ${withoutDot[0]!.no}-${withoutDot[withoutDot.length - 1]!.no}).`,
    });
  }
  return [{ type: 'list', ordered: true, items: block.lines.map((l) => parseInline(l.text.replace(/^\d{1,2}\.?\s+/, ''))) }];
}

function pipeRows(lines: SourceLine[]): string[][] {
  return lines
    .filter((l) => !/^\|?\s*:?-{3,}/.test(l.text))
    .map((l) => {
      const cells = l.text.replace(/^\|/, '').split('|').map((c) => c.trim());
      if (l.text.trimEnd().endsWith('|')) cells.pop();
      return cells;
    });
}

function padRows(rows: string[][], width: number, repairs: RepairNote[], line: number): string[][] {
  return rows.map((row) => {
    if (row.length >= width) return row;
    repairs.push({ rule: 'table-pad', message: `Filled a table row that was cut short with empty cells (table at line ${line}).` });
    return [...row, ...Array<string>(width - row.length).fill('')];
  });
}

function cellsInline(cells: string[]): Inline[][] {
  return cells.map(parseInline);
}

const plain = (parts: Inline[]) => inlineText(parts).trim();

/**
 * An answer was cut off when its last text does not end a sentence. A list whose items never end
 * with punctuation (a list of names) is complete; one that ends with a lone unpunctuated item is not.
 */
function endsMidSentence(blocks: Block[]): boolean {
  const last = blocks[blocks.length - 1];
  if (!last) return true;
  // Code has no sentences; one whose fence never closes marks the answer cut off in normalizeAnswer.
  if (last.type === 'code') return false;
  if (last.type === 'paragraph') return !SENTENCE_END.test(plain(last.content)) || DANGLING_WORD.test(plain(last.content));
  if (last.type === 'table') {
    const row = last.rows[last.rows.length - 1] ?? last.header;
    return row.some((cell) => plain(cell) === '' || DANGLING_WORD.test(plain(cell)));
  }
  const ends = last.items.map((item) => SENTENCE_END.test(plain(item)));
  return !ends[ends.length - 1] && (ends.length === 1 || ends.some(Boolean));
}
