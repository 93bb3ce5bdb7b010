// Renders Markdown held in frontmatter (correction notes, key points) the way the MDX bodies are rendered.
import { createMarkdownProcessor, rehypeShiki, type MarkdownProcessor, type RehypePlugin } from '@astrojs/markdown-remark';
import { hasCodeBlock, whereNeeded } from './rehype-where-needed';
import remarkSmartypants from './remark-smartypants';
import { shikiConfig } from './shiki.mjs';

let processor: Promise<MarkdownProcessor> | undefined;

export async function renderMarkdown(markdown: string): Promise<string> {
  // SmartyPants as the MDX bodies have it (remark-smartypants.ts, the same output for a third of its CPU), in the
  // place of Astro's, right after GFM: a build renders some 6 notes and key points a question.
  // Shiki in the place Astro's `syntaxHighlight: 'shiki'` puts it (the first rehype plugin), run only on Markdown with
  // a code block, as the bodies have it (rehype-where-needed.ts): Astro's starts the highlighter on the first
  // Markdown it renders, code or not, some 0.1 s of every build that renders a note.
  processor ??= createMarkdownProcessor({
    syntaxHighlight: false,
    rehypePlugins: [[whereNeeded(hasCodeBlock, rehypeShiki) as RehypePlugin, shikiConfig]],
    smartypants: false,
    remarkPlugins: [remarkSmartypants],
  });
  const { code } = await (await processor).render(markdown);
  return code;
}
