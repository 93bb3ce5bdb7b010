// An answer as Markdown with every run of text escaped and nothing flagged: what /handbook.json gives, and what a page
// shows when no correction quotes the answer. Rendered once per answer for both.
import { escapeMdxText } from './escape.ts';
import { renderBlocks } from './render-blocks.ts';
import type { Block } from './schema.ts';

const rendered = new WeakMap<readonly Block[], string>();

export function answerMarkdown(blocks: Block[]): string {
  let text = rendered.get(blocks);
  if (text === undefined) rendered.set(blocks, (text = renderBlocks(blocks, (part) => escapeMdxText(part.text))));
  return text;
}
