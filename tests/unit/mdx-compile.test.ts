// The question-page compiler (src/lib/mdx-compile.ts) skips rehype-raw and Shiki on pages whose tree they
// would not change: each folder of tests/fixtures/mdx-compile/ holds a page and the code it compiled to when
// both plugins ran on every page (expected.js), which it must still compile to.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { compileMdx, mdxProcessor } from '../../src/lib/mdx-compile.ts';
import { shikiConfig } from '../../src/lib/shiki.mjs';
import { FIXTURES } from './helpers.ts';

const dir = join(FIXTURES, 'mdx-compile');
const processor = mdxProcessor({ markdown: { ...markdownConfigDefaults, shikiConfig }, experimental: {} } as never);

describe('question-page compiler', () => {
  it.each(readdirSync(dir).sort())('%s compiles to the code it did with every plugin on every page', async (scenario) => {
    const { code } = await compileMdx(processor, readFileSync(join(dir, scenario, 'page.mdx'), 'utf8'), 'page.mdx');
    expect(code).toBe(readFileSync(join(dir, scenario, 'expected.js'), 'utf8'));
  });
});
