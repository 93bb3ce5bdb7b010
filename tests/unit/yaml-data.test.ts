// yamlData (scripts/lib/yaml-data.ts) reads js-yaml's way, fast; it must give the data the yaml package gives, which
// the converter and the collections read before, for every YAML file of this project and its fixtures and for the
// scalars YAML's schemas read differently, and differ from it only where listed below.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { yamlData } from '../../scripts/lib/yaml-data.ts';

const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : yamlFiles(path);
    return /\.ya?ml$/.test(entry.name) ? [path] : [];
  });

const FILES = [...yamlFiles('content'), ...yamlFiles('tests/fixtures'), 'pagefind.yml'];

/** yaml's data, or undefined for a text it reports a problem in. */
function yamlsData(text: string): unknown {
  try {
    return parse(text, { uniqueKeys: true }) ?? null;
  } catch {
    return undefined;
  }
}

describe('yamlData reads what yaml reads', () => {
  test('the files are found', () => {
    expect(FILES.length).toBeGreaterThan(60);
  });

  // Files that are not YAML on purpose (fixtures of broken input) are left to the yaml package's report.
  test.each(FILES)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    const expected = yamlsData(text);
    if (expected !== undefined) expect(yamlData(text)).toEqual(expected);
  });

  test.each([
    'a: 2024-01-01', 'a: yes', 'a: 014', 'a: 0o14', 'a: 0x1F', 'a: 1e3', 'a: ~', 'a: .inf', 'a: 1_000', 'a: !!str 3',
    '- &x {b: 1}\n- {<<: *x, c: 2}', 'a: "\\u00e9"', 'map: {1: 2, 2: 3}', '', '# only a comment\n',
  ])('%j', (text) => {
    expect(yamlData(text)).toEqual(yamlsData(text));
  });

  test.each(['a: 1\na: 2', 'a: [1, 2', 'a: "open', '--- 1\n--- 2'])('%j is not read', (text) => {
    expect(() => yamlData(text)).toThrow();
  });

  // Where the two differ. Each is either harmless (-0) or ends, for a field of the wrong type, in the schema's
  // file:line problem instead of yaml's: no text is lost either way.
  test.each([
    { text: 'a: -0', yaml: { a: -0 }, read: { a: 0 } },
    { text: 'a: -.5', yaml: { a: -0.5 }, read: { a: '-.5' } },
    { text: 'a: 0b101', yaml: { a: '0b101' }, read: { a: 5 } },
    { text: 'a: "one\ntwo"', yaml: undefined, read: { a: 'one two' } },
  ])('$text: yaml $yaml, yamlData $read', ({ text, yaml, read }) => {
    expect(yamlsData(text)).toEqual(yaml);
    expect(yamlData(text)).toEqual(read);
  });
});
