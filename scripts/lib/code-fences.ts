// Fenced code blocks (CommonMark): found in an answer or a whole source, kept verbatim, written back as Markdown.
import type { CodeBlock } from './schema.ts';

/** A fenced code block in a list of lines: its fence lines' indexes and the code it holds. */
export interface FencedCode {
  /** 0-based index of the opening fence line. */
  open: number;
  /** 0-based index of the closing fence line; null when no fence closes it and the code runs to the last line. */
  close: number | null;
  block: CodeBlock;
}

interface Fence {
  indent: number;
  marker: string;
  info: string;
}

const OPENING_FENCE = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const CLOSING_FENCE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

function openingFence(line: string): Fence | null {
  const match = OPENING_FENCE.exec(line);
  if (!match) return null;
  const [, indent = '', marker = '', info = ''] = match;
  // A backtick in a backtick fence's info string makes the line an inline code span, not a fence.
  if (marker.startsWith('`') && info.includes('`')) return null;
  return { indent: indent.length, marker, info: info.trim() };
}

function closes(line: string, fence: Fence): boolean {
  const marker = CLOSING_FENCE.exec(line)?.[1];
  return marker !== undefined && marker[0] === fence.marker[0] && marker.length >= fence.marker.length;
}

/** The info string's first word is the language; what follows it is kept as it was written. */
function codeBlock(fence: Fence, code: readonly string[]): CodeBlock {
  // A fence indented by N spaces takes up to N spaces off each of its lines, no more.
  const outdent = new RegExp(`^ {0,${fence.indent}}`);
  const text = code.map((line) => line.replace(outdent, '')).join('\n');
  const lang = /^\S+/.exec(fence.info)?.[0];
  const meta = lang === undefined ? '' : fence.info.slice(lang.length).trim();
  return { type: 'code', ...(lang === undefined ? {} : { lang }), ...(meta === '' ? {} : { meta }), text };
}

/** Every fenced code block in `lines`, in order; one that never closes runs to the last line. */
export function fencedCode(lines: readonly string[]): FencedCode[] {
  const found: FencedCode[] = [];
  for (let open = 0; open < lines.length; open++) {
    const fence = openingFence(lines[open]!);
    if (!fence) continue;
    let close = open + 1;
    while (close < lines.length && !closes(lines[close]!, fence)) close++;
    const closed = close < lines.length;
    found.push({ open, close: closed ? close : null, block: codeBlock(fence, lines.slice(open + 1, close)) });
    open = close;
  }
  return found;
}

/** A fence no line of the code can close: longer than any run of its character in the code. */
export function codeMarkdown({ lang, meta, text }: CodeBlock): string {
  const info = [lang, meta].filter((part) => part !== undefined).join(' ');
  // A backtick fence cannot carry an info string that holds a backtick; a tilde fence can.
  const char = info.includes('`') ? '~' : '`';
  const longestRun = Math.max(0, ...[...text.matchAll(char === '`' ? /`+/g : /~+/g)].map(([run]) => run.length));
  const fence = char.repeat(Math.max(3, longestRun + 1));
  return text === '' ? `${fence}${info}\n${fence}` : `${fence}${info}\n${text}\n${fence}`;
}
