// Inline text model: plain runs and **strong** runs; anything else in the sources is literal text.
import type { Inline } from './schema.ts';

/** Splits `**bold**` pairs out of a line; an unpaired `**` stays as literal text. */
export function parseInline(text: string): Inline[] {
  const parts: Inline[] = [];
  const pattern = /\*\*(?=\S)(.+?)(?<=\S)\*\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > last) parts.push({ text: text.slice(last, start) });
    parts.push({ text: match[1]!, strong: true });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts.length > 0 ? parts : [{ text: '' }];
}

export function inlineText(parts: Inline[]): string {
  return parts.map((p) => p.text).join('');
}
