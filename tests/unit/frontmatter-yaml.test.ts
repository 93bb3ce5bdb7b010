import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Document, isScalar, parse, visit } from 'yaml';
import { frontmatterYaml, type YamlValue } from '../../scripts/lib/frontmatter-yaml.ts';
import { FIXTURES, ROOT } from './helpers.ts';

/** What the frontmatter used to be made with: yaml's Document, lists of scalars made flow. */
function documentYaml(data: object): string {
  const doc = new Document(data);
  visit(doc, {
    Seq(_key, node) {
      if (node.items.every(isScalar)) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

const cases = JSON.parse(readFileSync(join(FIXTURES, 'frontmatter-yaml', 'values.json'), 'utf8')) as Record<string, Record<string, YamlValue>>;
const pagesDir = join(ROOT, 'content', 'questions');
const frontmatterOf = (page: string) => /^---\n([\s\S]*?\n)---/.exec(page)![1]!;

describe('frontmatterYaml', () => {
  it.each(Object.entries(cases))('%s: the bytes of yaml\'s Document, and they parse back to the data', (_name, data) => {
    const text = frontmatterYaml(data);
    expect(text).toBe(documentYaml(data));
    expect(parse(text)).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('leaves out a map\'s undefined values, as a Document does', () => {
    const data = { kept: 1, gone: undefined, nested: { gone: undefined } };
    expect(frontmatterYaml(data)).toBe(documentYaml(data));
  });

  it.each(readdirSync(pagesDir).filter((f) => f.endsWith('.mdx')))('writes back the frontmatter of %s byte for byte', (file) => {
    const frontmatter = frontmatterOf(readFileSync(join(pagesDir, file), 'utf8'));
    expect(frontmatterYaml(parse(frontmatter) as Record<string, YamlValue>)).toBe(frontmatter);
  });
});
