// Renders Markdown held in frontmatter (correction notes, key points) the way the MDX bodies are rendered.
import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import remarkSmartypants from './remark-smartypants';
import { shikiConfig } from './shiki.mjs';

let processor: Promise<MarkdownProcessor> | undefined;

export async function renderMarkdown(markdown: string): Promise<string> {
  // SmartyPants as the MDX bodies have it (remark-smartypants.ts, the same output for a third of its CPU), in the
  // place of Astro's, right after GFM: a build renders some 6 notes and key points a question.
  processor ??= createMarkdownProcessor({ syntaxHighlight: 'shiki', shikiConfig, smartypants: false, remarkPlugins: [remarkSmartypants] });
  const { code } = await (await processor).render(markdown);
  return code;
}
