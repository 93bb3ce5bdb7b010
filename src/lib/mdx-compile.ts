// A question page's MDX body → the body of a JavaScript function (@mdx-js/mdx), compiled with the remark and
// rehype plugins @astrojs/mdx applies to an .mdx page under the same Markdown settings, so that the page
// renders exactly as it did when @astrojs/mdx compiled it as a Vite module.
import { rehypeHeadingIds, rehypePrism, rehypeShiki } from '@astrojs/markdown-remark';
import { createProcessor, nodeTypes } from '@mdx-js/mdx';
import type { AstroConfig } from 'astro';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { hasCodeBlock, needsHtmlParse, whereNeeded } from './rehype-where-needed';
import rehypeStaticHtml from './rehype-static-html';
import remarkSmartypants from './remark-smartypants';

/** What compiling a page gives: the function body, and the components its MDX uses, by name. */
export interface CompiledMdx {
  code: string;
  components: string[];
}

interface MdxNode {
  type: string;
  name?: string | null;
  children?: MdxNode[];
}

/** Collects the name of every JSX element in the page (`<Disagreements>` …) into the file's data. */
function remarkComponentNames() {
  return (tree: MdxNode, file: VFile) => {
    const names = new Set<string>();
    const visit = (node: MdxNode): void => {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) names.add(node.name);
      node.children?.forEach(visit);
    };
    visit(tree);
    file.data.components = [...names].sort();
  };
}

/** What mdast-util-to-hast's handlers are given. */
interface ToHastState {
  all(node: MdxNode): unknown[];
}

/**
 * MDX's own nodes (components, expressions, imports) go into the HTML tree as they are: mdast-util-to-hast
 * deep-copied each, with the expression trees of every attribute, though the Markdown tree is dropped right after.
 */
function passThroughAsIs(state: ToHastState, node: MdxNode): MdxNode {
  if (!node.children) return { ...node };
  const { children: _children, ...rest } = node;
  return { ...rest, children: state.all(node) as MdxNode[] };
}

const passThroughHandlers = Object.fromEntries(nodeTypes.map((type) => [type, passThroughAsIs]));

/** What compiling depends on in Astro's configuration. */
export interface MdxSettings {
  markdown: AstroConfig['markdown'];
  experimental: Pick<AstroConfig['experimental'], 'headingIdCompat'>;
}

export function mdxProcessor({ markdown, experimental }: MdxSettings) {
  const highlighter = typeof markdown.syntaxHighlight === 'object' ? markdown.syntaxHighlight : { type: markdown.syntaxHighlight, excludeLangs: undefined };
  return createProcessor({
    outputFormat: 'function-body',
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    format: 'mdx',
    remarkPlugins: [...(markdown.gfm ? [remarkGfm] : []), ...(markdown.smartypants ? [remarkSmartypants] : []), ...markdown.remarkPlugins, remarkComponentNames] as never,
    rehypePlugins: [
      // Raw HTML passes through to the highlighter, as in @astrojs/mdx.
      [whereNeeded(needsHtmlParse, rehypeRaw), { passThrough: nodeTypes }],
      ...(highlighter.type === 'shiki' ? [[whereNeeded(hasCodeBlock, rehypeShiki), markdown.shikiConfig, highlighter.excludeLangs]] : []),
      ...(highlighter.type === 'prism' ? [[rehypePrism, highlighter.excludeLangs]] : []),
      ...markdown.rehypePlugins,
      [rehypeHeadingIds, { experimentalHeadingIdCompat: experimental.headingIdCompat }],
      rehypeStaticHtml,
    ] as never,
    remarkRehypeOptions: { ...markdown.remarkRehype, handlers: { ...passThroughHandlers, ...markdown.remarkRehype.handlers } },
  });
}

export type MdxProcessor = ReturnType<typeof mdxProcessor>;

/** The compiled page; a syntax error throws a VFileMessage with the line in `path`. */
export async function compileMdx(processor: MdxProcessor, body: string, path: string): Promise<CompiledMdx> {
  const file = await processor.process(new VFile({ value: body, path }));
  return { code: String(file.value), components: file.data.components as string[] };
}
