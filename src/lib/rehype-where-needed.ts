// Rehype plugins run only on the pages whose tree they would change, so that a page compiles to the same code
// for less: Shiki's highlighter takes a quarter of a second to start, and rehype-raw parses every page again as
// HTML (a twentieth of its compile) to turn raw HTML into elements, which an .mdx page does not have.
import type { VFile } from 'vfile';

/** What these checks read of a hast node (MDX components are nodes with children too). */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  data?: unknown;
  children?: HastNode[];
}

type Transform = (tree: HastNode, file: VFile) => unknown;

/** `plugin`, skipping the trees `needed` turns down. */
export function whereNeeded<Options extends unknown[]>(needed: (tree: HastNode) => boolean, plugin: (...options: Options) => unknown) {
  return function (this: unknown, ...options: Options): Transform {
    const transform = plugin.apply(this, options) as Transform;
    return (tree, file) => (needed(tree) ? transform(tree, file) : undefined);
  };
}

/** Shiki highlights the code of `pre` elements; nothing else. */
export const hasCodeBlock = (tree: HastNode): boolean => some(tree, (node) => node.type === 'element' && node.tagName === 'pre');

/**
 * Passing a tree through the HTML parser changes more than raw nodes: it drops elements' `data` (a code
 * block's meta), writes `true` properties as "" (footnote links), and joins neighbouring texts. A tree with
 * none of these, nor raw HTML, comments or a doctype, comes out of it equal.
 */
export const needsHtmlParse = (tree: HastNode): boolean =>
  some(tree, ({ type, data, properties = {}, children = [] }) => {
    if (type === 'raw' || type === 'comment' || type === 'doctype') return true;
    if (type === 'element' && (data !== undefined || Object.values(properties).includes(true))) return true;
    return children.some((child, index) => child.type === 'text' && children[index + 1]?.type === 'text');
  });

/** Whether `test` holds for the tree or any node in it (MDX components' children included). */
function some(node: HastNode, test: (node: HastNode) => boolean): boolean {
  return test(node) || (node.children ?? []).some((child) => some(child, test));
}
