// The collections' YAML lists read with js-yaml's core schema (src/lib/content-yaml.ts) give the data the yaml
// package gave them before, for every such file here and for the scalars that differ between YAML's schemas.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseContentYaml } from '../../src/lib/content-yaml';

const FILES = ['content', 'tests/fixtures/handbook/content', 'tests/fixtures/print-by-topic/content'].flatMap((dir) =>
  ['sources.yaml', 'questions.yaml'].map((name) => `${dir}/${name}`),
);

describe('parseContentYaml reads what yaml read', () => {
  test.each(FILES)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(parseContentYaml(text)).toEqual(parse(text));
  });

  test.each([
    'a: 2024-01-01', 'a: yes', 'a: 014', 'a: 0o14', 'a: 0x1F', 'a: 1e3', 'a: ~', 'a: .inf', 'a: 1_000', 'a: !!str 3',
    '- &x {b: 1}\n- {<<: *x, c: 2}', 'a: "\\u00e9"',
  ])('%j', (text) => {
    expect(parseContentYaml(text)).toEqual(parse(text));
  });

  test('a key given twice is an error with its line, as before', () => {
    expect(() => parseContentYaml('a: 1\na: 2')).toThrow(/duplicated mapping key \(2:1\)/);
  });
});
