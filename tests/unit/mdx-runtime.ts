// Compiles MDX with @mdx-js/mdx and renders it to plain text through a minimal JSX runtime (no React).
import { evaluate } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';

interface Element {
  type: unknown;
  props: { children?: unknown; [key: string]: unknown };
}
const Fragment = Symbol('Fragment');
const jsx = (type: unknown, props: Element['props']): Element => ({ type, props });

export function textOf(node: unknown): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  const element = node as Element;
  if (typeof element.type === 'function') return textOf((element.type as (p: unknown) => unknown)(element.props));
  return textOf(element.props.children);
}

/** Renders MDX; `components` stand in for the site's components (each just renders its children). */
export async function renderMdxText(source: string, componentNames: string[] = []): Promise<string> {
  const { default: Content } = await evaluate(source, { Fragment, jsx, jsxs: jsx, remarkPlugins: [remarkGfm] } as never);
  const components = Object.fromEntries(componentNames.map((name) => [name, (props: Element['props']) => props.children]));
  return textOf((Content as (p: unknown) => unknown)({ components }));
}
