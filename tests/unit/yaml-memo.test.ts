import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { isContentProblem } from '../../scripts/lib/errors.ts';
import { parseYamlFile } from '../../scripts/lib/yaml-file.ts';
import { parseYamlMemoText, yamlMemo, yamlMemoText } from '../../scripts/lib/yaml-memo.ts';
import { FIXTURES } from './helpers.ts';

const anything = z.unknown();
const problems = (read: () => unknown) => {
  try {
    read();
    return [];
  } catch (error) {
    if (!isContentProblem(error)) throw error;
    return error.message.split('\n');
  }
};

describe('yamlMemo with parseYamlFile', () => {
  it.each(['sources.yaml', 'questions.yaml', 'topics.yaml', 'references.yaml'])('%s read again from the memo: the same data and line numbers', (name) => {
    const text = readFileSync(join(FIXTURES, 'handbook', 'content', name), 'utf8');
    const first = parseYamlFile(name, text, anything);
    const memo = yamlMemo();
    parseYamlFile(name, text, anything, memo);
    const again = parseYamlFile(name, text, anything, yamlMemo(memo.used()));
    expect(again.data).toEqual(first.data);
    const paths = Array.isArray(first.data) ? [[0], [0, 'id'], [1], [1, 'title']] : Object.keys(first.data as object).map((key) => [key, 'title']);
    for (const path of paths) expect(again.lineOf(path)).toBe(first.lineOf(path));
  });

  it('reports a schema problem of remembered data at the same file:line', () => {
    const text = 'a: 1\nb:\n  c: two\n';
    const schema = z.object({ a: z.number(), b: z.object({ c: z.number() }) });
    const memo = yamlMemo();
    parseYamlFile('x.yaml', text, anything, memo);
    const expected = problems(() => parseYamlFile('x.yaml', text, schema));
    expect(expected).toEqual(['x.yaml:3: b.c: Expected number, received string']);
    expect(problems(() => parseYamlFile('x.yaml', text, schema, yamlMemo(memo.used())))).toEqual(expected);
  });

  it('takes remembered data for the same text without parsing it, and parses a changed text', () => {
    const memo = yamlMemo();
    memo.set('a: 1\n', { a: 2 });
    const remembered = yamlMemo(memo.used());
    expect(parseYamlFile('x.yaml', 'a: 1\n', anything, remembered).data).toEqual({ a: 2 });
    expect(parseYamlFile('x.yaml', 'a: 3\n', anything, remembered).data).toEqual({ a: 3 });
    expect(Object.values(remembered.used())).toEqual([{ a: 2 }, { a: 3 }]);
  });

  it.each(['a: .inf\n', 'a: .nan\n', 'a: -0.0\n', 'a: [1, .inf]\n'])('does not keep %j, which JSON would change', (text) => {
    const memo = yamlMemo();
    parseYamlFile('x.yaml', text, anything, memo);
    expect(memo.used()).toEqual({});
  });
});

describe('the memo kept beside the record', () => {
  const used = { abc: { a: 1 }, def: [1, 'two'] };
  it.each([
    { name: 'written by this version', text: yamlMemoText(used, 'v1'), expected: used },
    { name: 'written by another version', text: yamlMemoText(used, 'v0'), expected: undefined },
    { name: 'damaged', text: yamlMemoText(used, 'v1').slice(0, 20), expected: undefined },
    { name: 'without texts', text: '{"version":"v1"}', expected: undefined },
  ])('$name', ({ text, expected }) => {
    expect(parseYamlMemoText(text, 'v1')).toEqual(expected);
  });
});
