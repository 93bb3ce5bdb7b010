// Code blocks render as fences nothing inside can close, and MDX reads everything inside them as literal code.
import { join } from 'node:path';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import { run } from '@mdx-js/mdx';
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import { renderJSX } from 'astro/runtime/server/jsx.js';
import { describe, expect, it } from 'vitest';
import { answerMarkdown } from '../../scripts/lib/answer-markdown.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { renderQuestionMdx } from '../../scripts/lib/render-mdx.ts';
import type { CodeBlock } from '../../scripts/lib/schema.ts';
import { compileMdx, mdxProcessor } from '../../src/lib/mdx-compile.ts';
import { shikiConfig } from '../../src/lib/shiki.mjs';
import { FIXTURES } from './helpers.ts';
import { renderMdxText } from './mdx-runtime.ts';

const code = (text: string, info: Partial<CodeBlock> = {}): CodeBlock => ({ type: 'code', ...info, text });

describe('a code block as Markdown', () => {
  it.each([
    { name: 'a plain block gets three backticks', block: code('x = 1'), markdown: '```\nx = 1\n```' },
    { name: 'the language and the rest of the info string are kept', block: code('x', { lang: 'python', meta: 'title="a.py"' }), markdown: '```python title="a.py"\nx\n```' },
    { name: 'the fence is longer than the longest run of backticks inside', block: code('```\n`````js\na ```` b'), markdown: '``````\n```\n`````js\na ```` b\n``````' },
    { name: 'an info string holding a backtick gets a tilde fence longer than any tilde run', block: code('~~~~\n```', { lang: 'a`b' }), markdown: '~~~~~a`b\n~~~~\n```\n~~~~~' },
    { name: 'empty code is an empty block', block: code(''), markdown: '```\n```' },
  ])('$name', ({ block, markdown }) => {
    expect(answerMarkdown([block])).toBe(markdown);
  });
});

// What MDX must never read as JSX, an expression, ESM, or the end of the component around the answer.
const HOSTILE_CODE = [
  'export const x = {a: 1}',
  'import y from "z"',
  '<script>alert(1)</script>',
  '{props} and {/* comment */}',
  '</Answer>',
  '    indented by four',
  '',
  '```',
  'a ````` run, $x, \\ and &amp;',
].join('\n');
const page = (lang?: string) => `<Answer source="a">\n\n${answerMarkdown([code(HOSTILE_CODE, lang === undefined ? {} : { lang })])}\n\n</Answer>\n`;

describe('MDX reads a code block literally', () => {
  it('as @mdx-js/mdx compiles it', async () => {
    expect(await renderMdxText(page('js'), ['Answer'])).toBe(`${HOSTILE_CODE}\n`);
  });

  it.each(['js', 'python', undefined])('as the question-page compiler highlights it (language %s)', async (lang) => {
    const processor = mdxProcessor({ markdown: { ...markdownConfigDefaults, shikiConfig }, experimental: {} } as never);
    const { code: compiled } = await compileMdx(processor, page(lang), 'page.mdx');
    const { default: Content } = await run(compiled, { Fragment, jsx, jsxs, baseUrl: import.meta.url } as never);
    const html = String(await renderJSX({} as never, (Content as (props: object) => unknown)({ components: { Fragment, Answer: Fragment } })));
    expect(html).toMatch(/^<pre class="astro-code[^"]*"[^>]*><code>/);
    const text = html.replace(/<[^>]*>/g, '').replace(/&(lt|gt|quot|#39|amp);/g, (_m, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]!);
    expect(text).toBe(HOSTILE_CODE);
  }, 30_000);
});

describe('a source answer with fenced code (tests/fixtures/handbook, Markdown notes, question 1)', () => {
  const content = loadContent(join(FIXTURES, 'handbook'));
  const question = content.questions.find((q) => q.entry.n === 1)!;
  const answer = question.answers.find((a) => a.source === 'md')!;

  it('keeps the code as a code block, with no repair', () => {
    expect(answer.blocks.at(-1)).toEqual(code('import torch\nconv = torch.nn.Conv2d(3, 16, kernel_size=3)  # 16 filters of 3x3x3', { lang: 'python' }));
    expect(answer.repairs).toEqual([]);
    expect(answer.truncated).toBe(false);
  });

  it('renders it on the page as a fenced block', () => {
    const mdx = renderQuestionMdx(question, content);
    expect(mdx).toContain('In PyTorch:\n\n```python\nimport torch\nconv = torch.nn.Conv2d(3, 16, kernel_size=3)  # 16 filters of 3x3x3\n```\n\n</Answer>');
  });
});
