// Renders Markdown held in frontmatter (correction notes) the way the MDX bodies are rendered.
import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import { shikiConfig } from './shiki.mjs';

let processor: Promise<MarkdownProcessor> | undefined;

export async function renderMarkdown(markdown: string): Promise<string> {
  processor ??= createMarkdownProcessor({ syntaxHighlight: 'shiki', shikiConfig });
  const { code } = await (await processor).render(markdown);
  return code;
}
