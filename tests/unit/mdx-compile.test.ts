// The question-page compiler (src/lib/mdx-compile.ts) skips rehype-raw and Shiki on pages whose tree they
// would not change, and compiles runs of plain HTML to strings (rehype-static-html.ts): each folder of
// tests/fixtures/mdx-compile/ holds a page and the code it compiled to with both plugins on every page and one
// JSX element per HTML element (expected.js), and the page must still render, through Astro's JSX renderer, to
// exactly what that code renders to. Components stand in as fragments (their children only).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import { run } from '@mdx-js/mdx';
import { Fragment, jsx, jsxs } from 'astro/jsx-runtime';
import { renderJSX } from 'astro/runtime/server/jsx.js';
import { describe, expect, it } from 'vitest';
import { compileMdx, mdxProcessor } from '../../src/lib/mdx-compile.ts';
import { shikiConfig } from '../../src/lib/shiki.mjs';
import { FIXTURES } from './helpers.ts';

const dir = join(FIXTURES, 'mdx-compile');
const processor = mdxProcessor({ markdown: { ...markdownConfigDefaults, shikiConfig }, experimental: {} } as never);
const STAND_INS = { Fragment, Box: Fragment, Flag: Fragment };

async function rendered(code: string): Promise<string> {
  const { default: Content } = await run(code, { Fragment, jsx, jsxs, baseUrl: import.meta.url } as never);
  // Markdown elements and fragments never read the render result; only Astro components would.
  return String(await renderJSX({} as never, (Content as (props: object) => unknown)({ components: STAND_INS })));
}

describe('question-page compiler', () => {
  it.each(readdirSync(dir).sort())('%s renders to what it did with every plugin on every page and no HTML strings', async (scenario) => {
    const { code } = await compileMdx(processor, readFileSync(join(dir, scenario, 'page.mdx'), 'utf8'), 'page.mdx');
    expect(await rendered(code)).toBe(await rendered(readFileSync(join(dir, scenario, 'expected.js'), 'utf8')));
  });

  it('compiles plain HTML to strings (the cases do not all stay JSX)', async () => {
    const { code } = await compileMdx(processor, readFileSync(join(dir, 'plain', 'page.mdx'), 'utf8'), 'page.mdx');
    expect(code).toContain('"set:html": "<h2 id=\\"a-heading-with-emphasis-and-code\\">');
  });
});
