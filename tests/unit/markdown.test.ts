// src/lib/markdown.ts runs Shiki only on Markdown with a code block: every correction note and key point of the
// handbook, and code blocks, render as Astro's own processor with `syntaxHighlight: 'shiki'` renders them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderMarkdown } from '../../src/lib/markdown.ts';
import remarkSmartypants from '../../src/lib/remark-smartypants.ts';
import { shikiConfig } from '../../src/lib/shiki.mjs';
import { ROOT } from './helpers.ts';

const editorial = join(ROOT, 'content', 'editorial');
const texts = readdirSync(editorial)
  .filter((name) => name.endsWith('.yaml'))
  .flatMap((name) => {
    const { corrections = [], key_points: keyPoints = [] } = parse(readFileSync(join(editorial, name), 'utf8')) as { corrections?: Array<{ note: string }>; key_points?: Array<{ text: string }> };
    return [...corrections.map((correction) => correction.note), ...keyPoints.map((point) => point.text)];
  });
const code = ['```python\nimport torch\nx = torch.zeros(3)  # a comment\n```', 'Before\n\n```\nno language\n```\n\nafter "quoted".', '    indented code'];

describe('renderMarkdown', () => {
  it('renders as Astro with Shiki started for every Markdown', async () => {
    const astro = await createMarkdownProcessor({ syntaxHighlight: 'shiki', shikiConfig, smartypants: false, remarkPlugins: [remarkSmartypants] });
    expect(texts.length).toBeGreaterThan(100);
    for (const markdown of [...texts, ...code]) expect(await renderMarkdown(markdown), markdown).toBe((await astro.render(markdown)).code);
  });
});
