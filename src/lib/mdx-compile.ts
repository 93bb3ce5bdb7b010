// A question page's MDX body → the body of a JavaScript function (@mdx-js/mdx), compiled with the remark and
// rehype plugins @astrojs/mdx applies to an .mdx page under the same Markdown settings, so that the page
// renders exactly as it did when @astrojs/mdx compiled it as a Vite module.
import { rehypeHeadingIds, rehypePrism, rehypeShiki } from '@astrojs/markdown-remark';
import { createProcessor, nodeTypes } from '@mdx-js/mdx';
import type { AstroConfig } from 'astro';
import rehypeRaw from 'rehype-raw';
import remarkGfm from 'remark-gfm';
import remarkSmartypants from 'remark-smartypants';
import { VFile } from 'vfile';

export function mdxProcessor({ markdown, experimental }: AstroConfig) {
  const highlighter = typeof markdown.syntaxHighlight === 'object' ? markdown.syntaxHighlight : { type: markdown.syntaxHighlight, excludeLangs: undefined };
  return createProcessor({
    outputFormat: 'function-body',
    jsxImportSource: 'astro',
    elementAttributeNameCase: 'html',
    format: 'mdx',
    remarkPlugins: [...(markdown.gfm ? [remarkGfm] : []), ...(markdown.smartypants ? [remarkSmartypants] : []), ...markdown.remarkPlugins] as never,
    rehypePlugins: [
      // Raw HTML passes through to the highlighter, as in @astrojs/mdx.
      [rehypeRaw, { passThrough: nodeTypes }],
      ...(highlighter.type === 'shiki' ? [[rehypeShiki, markdown.shikiConfig, highlighter.excludeLangs]] : []),
      ...(highlighter.type === 'prism' ? [[rehypePrism, highlighter.excludeLangs]] : []),
      ...markdown.rehypePlugins,
      [rehypeHeadingIds, { experimentalHeadingIdCompat: experimental.headingIdCompat }],
    ] as never,
    remarkRehypeOptions: markdown.remarkRehype,
  });
}

export type MdxProcessor = ReturnType<typeof mdxProcessor>;

/** The compiled function body; a syntax error throws a VFileMessage with the line in `path`. */
export async function compileMdx(processor: MdxProcessor, body: string, path: string): Promise<string> {
  return String((await processor.process(new VFile({ value: body, path }))).value);
}
