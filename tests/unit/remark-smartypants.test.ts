// src/lib/remark-smartypants.ts skips retext where a text has nothing SmartyPants changes: over every case of
// tests/fixtures/smartypants/ and every question page, it must compile to what remark-smartypants compiles to.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { compile } from '@mdx-js/mdx';
import remarkGfm from 'remark-gfm';
import librarySmartypants from 'remark-smartypants';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import remarkSmartypants from '../../src/lib/remark-smartypants.ts';
import { FIXTURES, ROOT } from './helpers.ts';

interface Case {
  name: string;
  mdx: string;
}
const cases = parse(readFileSync(join(FIXTURES, 'smartypants', 'cases.yaml'), 'utf8')) as Case[];
const pagesDir = join(ROOT, 'content', 'questions');
const pages = readdirSync(pagesDir).filter((name) => name.endsWith('.mdx')).sort();

const compiled = async (mdx: string, smartypants: typeof remarkSmartypants | typeof librarySmartypants) =>
  String(await compile(mdx, { outputFormat: 'function-body', remarkPlugins: [remarkGfm, smartypants] }));

describe('SmartyPants without retext where nothing changes', () => {
  it.each(cases)('$name', async ({ mdx }) => {
    expect(await compiled(mdx, remarkSmartypants)).toBe(await compiled(mdx, librarySmartypants));
  });

  it('changes what remark-smartypants changes (the cases are not all left alone)', async () => {
    const changed = await Promise.all(cases.map(async ({ mdx }) => (await compiled(mdx, remarkSmartypants)) !== (await compiled(mdx, () => () => {}))));
    expect(changed.filter(Boolean).length).toBe(cases.length - 1);
  });

  it.each(pages)('question page %s', async (name) => {
    const body = parseFrontmatter(readFileSync(join(pagesDir, name), 'utf8')).content;
    expect(await compiled(body, remarkSmartypants)).toBe(await compiled(body, librarySmartypants));
  });
});
