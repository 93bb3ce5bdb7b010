// A run of plain HTML in a question page (paragraphs, lists, code blocks: no component inside) compiles to one
// string, `<Fragment set:html>`, rather than to a JSX element per Markdown element, which Astro rendered one by
// one with a promise each (most of a question body's rendering). The string is written by the functions Astro's
// JSX renderer calls for an element (astro/dist/runtime/server/jsx.js), from the props hast-util-to-estree would
// give it, so the page is byte-identical; what that mapping does not cover simply (style, SVG and MathML, script
// and style elements, comma-separated lists, table cell alignment, comments, raw HTML) stays JSX. The pages'
// components (components/mdx) are all capitalised, so no Markdown element is one a page replaces.
import { escapeHTML, spreadAttributes, voidElementNames } from 'astro/runtime/server/index.js';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { find, html as htmlSchema } from 'property-information';

type Parent = Root | Element | { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; children: RootContent[] };
type Child = RootContent | ElementContent;

// Elements whose content hast-util-to-estree maps with another schema, or Astro renders unescaped.
const KEPT_AS_JSX = new Set(['svg', 'math', 'script', 'style', 'template']);
// hast-util-to-estree drops the line breaks between the rows and cells of a table.
const TABLE_ELEMENTS = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr']);
const WHITESPACE = /^[ \t\n\f\r]*$/;

/** The props hast-util-to-estree gives an element (attribute names, lists joined), or undefined if not simple. */
function propsOf(element: Element): Record<string, string | true> | undefined {
  const props: Record<string, string | true> = {};
  for (const [property, value] of Object.entries(element.properties)) {
    const info = find(htmlSchema, property);
    if (value === null || value === undefined || value === false || Number.isNaN(value) || (!value && info.boolean)) continue;
    const name = info.attribute;
    if (name === 'style' || name === 'slot' || name.includes(':') || (name === 'align' && /^t[dh]$/.test(element.tagName))) return undefined;
    if (Array.isArray(value)) {
      if (info.commaSeparated) return undefined;
      props[name] = value.join(' ').trim();
    } else props[name] = value === true ? true : String(value);
  }
  return props;
}

/** A node as Astro's JSX renderer writes it, or undefined if it is not plain HTML. */
function staticHtml(node: Child, parent: Parent): string | undefined {
  if (node.type === 'text') return parent.type === 'element' && TABLE_ELEMENTS.has(parent.tagName) && node.value === '\n' ? '' : escapeHTML(node.value);
  if (node.type !== 'element' || KEPT_AS_JSX.has(node.tagName)) return undefined;
  const props = propsOf(node);
  if (!props) return undefined;
  let inner = '';
  for (const child of node.children) {
    const html = staticHtml(child, node);
    if (html === undefined) return undefined;
    inner += html;
  }
  // An element without children (empty texts are left out of JSX) closes itself if void, as in jsx.js.
  const childless = node.children.every((child) => child.type === 'text' && child.value === '');
  const attributes = String(spreadAttributes(props));
  return childless && voidElementNames.test(node.tagName) ? `<${node.tagName}${attributes}/>` : `<${node.tagName}${attributes}>${inner}</${node.tagName}>`;
}

/** One Fragment for the run if it holds an element; white space at its ends stays out (the root trims it). */
function flush(run: Array<[Child, string]>, out: Child[]): void {
  let start = 0;
  let end = run.length;
  while (start < end && run[start]![0].type === 'text' && WHITESPACE.test(run[start]![1])) start++;
  while (end > start && run[end - 1]![0].type === 'text' && WHITESPACE.test(run[end - 1]![1])) end--;
  const middle = run.slice(start, end);
  out.push(...run.slice(0, start).map(([node]) => node));
  if (middle.some(([node]) => node.type === 'element')) {
    const html = middle.map(([, text]) => text).join('');
    out.push({ type: 'mdxJsxFlowElement', name: 'Fragment', attributes: [{ type: 'mdxJsxAttribute', name: 'set:html', value: html }], children: [] } as unknown as Child);
  } else out.push(...middle.map(([node]) => node));
  out.push(...run.slice(end).map(([node]) => node));
  run.length = 0;
}

function collapse(parent: Parent): void {
  const out: Child[] = [];
  const run: Array<[Child, string]> = [];
  for (const child of parent.children as Child[]) {
    const html = staticHtml(child, parent);
    if (html !== undefined) {
      run.push([child, html]);
      continue;
    }
    flush(run, out);
    if ('children' in child && !(child.type === 'element' && KEPT_AS_JSX.has(child.tagName))) collapse(child as Parent);
    out.push(child);
  }
  flush(run, out);
  parent.children = out as never;
}

/** Runs last, on the finished HTML tree (heading ids and highlighting done). */
export default function rehypeStaticHtml() {
  return (tree: Root) => collapse(tree);
}
