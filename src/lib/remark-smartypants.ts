// SmartyPants for the question pages, as remark-smartypants 3 does it (the plugin @astrojs/mdx applies), for
// a third of its CPU: it parsed the page's text into a retext tree twice, once whole for the quotes and once per
// text node for ellipses, dashes and double backticks. A text with no character those could change comes out of
// retext as it went in, so it is not parsed. tests/unit/remark-smartypants.test.ts holds it to the plugin's output.
import type { Nodes, Parents, Root } from 'mdast';
import { retext } from 'retext';
import smartypants, { type Options } from 'retext-smartypants';
import { visit } from 'unist-util-visit';

// The nodes remark-smartypants reads: literals give their text, blocks a space so that a quote at a block's
// start reads as opening. Inline code stands in as letters of its length and is never changed.
const VISITED = new Set(['text', 'inlineCode', 'paragraph', 'heading', 'tableCell']);
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const IGNORED_ELEMENTS = new Set(['style', 'script']);

/**
 * What each pass can change: a straight quote; two dots (retext's white space between them is \s or U+0085), two
 * dashes, two backticks or two single quotes.
 */
const QUOTE = /["']/;
const ELLIPSIS_DASH_OR_BACKTICKS = /\.[\s\u0085]*\.|--|``|''/;

type Literal = Extract<Nodes, { value: string }>;
const isLiteral = (node: Nodes): node is Literal => 'value' in node && typeof node.value === 'string';

function visited(node: Nodes, parent: Parents | undefined): boolean {
  if (!parent || !VISITED.has(node.type)) return false;
  if (parent.type === 'mdxJsxTextElement' && (typeof parent.name !== 'string' || IGNORED_ELEMENTS.has(parent.name))) return false;
  return isLiteral(node) || BLOCKS.has(node.type);
}

export default function remarkSmartypants(options: Options = {}) {
  // Ellipses, dashes and backticks change a text's length, so they come second, text node by text node.
  const quotes = retext().use(smartypants, { ...options, ellipses: false, dashes: false, backticks: false });
  const rest = retext().use(smartypants, { ...options, quotes: false });
  return (tree: Root) => {
    const nodes: Nodes[] = [];
    let text = '';
    visit(tree, (node, _index, parent) => {
      if (!visited(node, parent)) return;
      if (isLiteral(node)) text += node.type === 'text' ? node.value : 'A'.repeat(node.value.length);
      else text += ' ';
      nodes.push(node);
    });
    // The whole text at once, so that quotes pair across links and emphasis.
    const quoted = QUOTE.test(text) ? quotes.processSync(text).toString() : text;
    let start = 0;
    for (const node of nodes) {
      if (!isLiteral(node)) {
        start += 1;
        continue;
      }
      const end = start + node.value.length;
      if (node.type === 'text') {
        const value = quoted.slice(start, end);
        node.value = ELLIPSIS_DASH_OR_BACKTICKS.test(value) ? rest.processSync(value).toString() : value;
      }
      start = end;
    }
  };
}
