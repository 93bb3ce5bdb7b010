// Renders answer blocks to Markdown; the caller decides how a run of text is written (escaped, flagged).
import { codeMarkdown } from './code-fences.ts';
import type { Block, Inline } from './schema.ts';

export type InlineRenderer = (part: Inline, location: InlineLocation) => string;
/** Where a run of text sits, so a renderer can find what applies to it (e.g. a correction's quote). */
export interface InlineLocation {
  block: number;
  /** List item or table cell index path inside the block; empty for a paragraph. */
  path: number[];
  part: number;
}

function renderInlines(parts: Inline[], at: Omit<InlineLocation, 'part'>, render: InlineRenderer): string {
  return parts
    .map((part, i) => {
      const text = render(part, { ...at, part: i });
      return part.strong && part.text !== '' ? `**${text}**` : text;
    })
    .join('');
}

export function renderBlocks(blocks: Block[], render: InlineRenderer): string {
  return blocks
    .map((block, b) => {
      switch (block.type) {
        case 'paragraph':
          return renderInlines(block.content, { block: b, path: [] }, render);
        case 'list':
          return block.items
            .map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${renderInlines(item, { block: b, path: [i] }, render)}`)
            .join('\n');
        case 'table': {
          const row = (cells: Inline[][], r: number) =>
            `| ${cells.map((cell, c) => renderInlines(cell, { block: b, path: [r, c] }, render) || ' ').join(' | ')} |`;
          return [row(block.header, -1), `| ${block.header.map(() => '---').join(' | ')} |`, ...block.rows.map(row)].join('\n');
        }
        case 'code':
          return codeMarkdown(block);
      }
    })
    .join('\n\n');
}

/** Every run of text in reading order, with its location: what quotes are searched in. */
export function inlineRuns(blocks: Block[]): Array<{ text: string; location: InlineLocation }> {
  const runs: Array<{ text: string; location: InlineLocation }> = [];
  const add = (parts: Inline[], block: number, path: number[]) =>
    parts.forEach((p, part) => runs.push({ text: p.text, location: { block, path, part } }));
  blocks.forEach((block, b) => {
    if (block.type === 'paragraph') add(block.content, b, []);
    else if (block.type === 'list') block.items.forEach((item, i) => add(item, b, [i]));
    else if (block.type === 'table') {
      block.header.forEach((cell, c) => add(cell, b, [-1, c]));
      block.rows.forEach((row, r) => row.forEach((cell, c) => add(cell, b, [r, c])));
    }
    // Code is shown verbatim, so none of it can be flagged: editorial.ts reports a quote found there.
  });
  return runs;
}

export function sameLocation(a: InlineLocation, b: InlineLocation): boolean {
  return a.block === b.block && a.part === b.part && a.path.length === b.path.length && a.path.every((v, i) => v === b.path[i]);
}
