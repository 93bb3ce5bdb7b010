import { describe, expect, it } from 'vitest';
import { escapeMdxMarkdown, escapeMdxText, jsString } from '../../scripts/lib/escape.ts';
import { renderMdxText } from './mdx-runtime.ts';

// A seeded generator: the same 1,000 strings on every run, so a failure can be reproduced.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = ['{', '}', '<', '>', '<script>', '</script>', '<Flag>', 'import', 'export', 'import x from "y"', 'export const a = 1', '`', '```', '$', '$$', '\\', '\\{', '*', '**', '_', '#', '# ', '- ', '+ ', '1. ', '2) ', '> ', '|', '[', ']', '(', ')', '![x](y)', '&amp;', '&#123;', '&', '~', '~~', '=', '---', '<!--', '-->', '{/* c */}', 'a', 'word', ' ', 'é', '“quoted”', ':', 'http://x.y', 'www.a.b', 'me@x.org', '\t'];

function hostileStrings(count: number): string[] {
  const next = random(20261123);
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(next() * 8);
    return Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join(next() < 0.5 ? '' : ' ');
  });
}

// Markdown collapses runs of white space and trims paragraph ends; that is layout, not text.
const layout = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('escapeMdxText', () => {
  const strings = hostileStrings(1000);
  // Ten tests of 100 strings rather than one: MDX compiles synchronously, and a single minute-long test
  // starves Vitest's worker RPC on a loaded machine ("Timeout calling onTaskUpdate").
  const batches = Array.from({ length: 10 }, (_, i) => ({ from: i * 100 + 1, batch: strings.slice(i * 100, i * 100 + 100) }));

  it.each(batches)('MDX-hostile strings $from.. compile and render back to the same text, as a paragraph and inside components', async ({ batch }) => {
    const failures: string[] = [];
    for (const text of batch) {
      const escaped = escapeMdxText(text);
      const sources = [
        escaped,
        `<Answer>\n\n${escaped}\n\n</Answer>`,
        `Before <Flag id={1}>${escaped}</Flag> after`,
        `- ${escaped}`,
        `| h |\n| --- |\n| ${escaped} |`,
      ];
      const expected = [layout(text), layout(text), layout(`Before ${text} after`), layout(text), `h${layout(text)}`];
      for (const [i, source] of sources.entries()) {
        try {
          const rendered = layout(await renderMdxText(source, ['Answer', 'Flag']));
          if (rendered !== expected[i]) failures.push(`${JSON.stringify(text)} as #${i} rendered ${JSON.stringify(rendered)}`);
        } catch (error) {
          failures.push(`${JSON.stringify(text)} as #${i} failed to compile: ${(error as Error).message}`);
        }
      }
    }
    expect(failures.slice(0, 10)).toEqual([]);
  }, 60_000);
});

describe('escapeMdxMarkdown', () => {
  it('keeps Markdown but makes braces, tags and ESM literal', async () => {
    const note = 'Use `x = {a: 1}` and **bold**; <script>alert(1)</script> {x}\nexport const y = 1\nimport z from "z"';
    const rendered = await renderMdxText(escapeMdxMarkdown(note));
    expect(layout(rendered)).toBe(layout('Use x = {a: 1} and bold; <script>alert(1)</script> {x} export const y = 1 import z from "z"'));
  });

  it('leaves fenced code untouched', () => {
    expect(escapeMdxMarkdown('```js\nconst a = {b: 1};\n```')).toBe('```js\nconst a = {b: 1};\n```');
  });
});

describe('jsString', () => {
  it('is a JavaScript string literal that survives a JSX attribute expression', async () => {
    const value = 'He said "</Flag>" {x} \u2028 `t`';
    const rendered = await renderMdxText(`<Show value={${jsString(value)}} />`, ['Show']).catch(() => 'compile error');
    expect(rendered).not.toBe('compile error');
    expect(JSON.parse(jsString(value).replace(/\\u(?:003c|003e)/g, (m) => (m === '\\u003c' ? '<' : '>')))).toBe(value);
  });
});
