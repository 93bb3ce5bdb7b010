import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { codeDigest, importClosure, relativeImports } from '../../src/lib/code-digest.ts';

const FIXTURE = resolve('tests/fixtures/code-digest');
const ENTRY = join(FIXTURE, 'entry.mjs');
const read = (path: string) => readFileSync(path, 'utf8');
/** `read`, with one file's text changed. */
const editing = (file: string) => (path: string) => (path === join(FIXTURE, file) ? `${read(path)}// edited\n` : read(path));

describe('relativeImports', () => {
  it.each([
    ["import { a } from './a.mjs';", ['./a.mjs']],
    ["import {\n  a,\n  b,\n} from '../up/a.mjs';", ['../up/a.mjs']],
    ['import x, * as y from "./x.mjs";', ['./x.mjs']],
    ["export { b } from './b.mjs';\nexport * from './c.mjs';", ['./b.mjs', './c.mjs']],
    ["import './side-effect.mjs';", ['./side-effect.mjs']],
    ["import satori from 'satori';\nimport { readFileSync } from 'node:fs';", []],
    ["/** @type {import('./card.ts').CardNode} */\nconst later = () => import('./dynamic.mjs');", []],
    ["export function fromText(from) { return from + 'x'; }", []],
  ])('%j → %j', (code, expected) => {
    expect(relativeImports(code)).toEqual(expected);
  });
});

describe('codeDigest', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'code-digest-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('walks the static imports of the project, each file once, through cycles', () => {
    expect([...importClosure(ENTRY).keys()].map((path) => relative(FIXTURE, path))).toEqual(['entry.mjs', 'a.mjs', 'nested/c.mjs', 'nested/b.mjs', 'side-effect.mjs']);
  });

  it('finds TypeScript modules imported without an extension, and folders by their index', () => {
    const closure = importClosure(join(FIXTURE, 'typed', 'entry.ts'));
    expect([...closure.keys()].map((path) => relative(join(FIXTURE, 'typed'), path))).toEqual(['entry.ts', 'helper.ts', 'folder/index.ts', 'shiki.mjs', 'classes.ts']);
  });

  it.each(['entry.mjs', 'a.mjs', 'nested/b.mjs', 'nested/c.mjs', 'side-effect.mjs'])('changes when %s changes', (file) => {
    expect(codeDigest(ENTRY, editing(file))).not.toBe(codeDigest(ENTRY));
  });

  it('does not depend on files the entry does not import, nor on where the project is', () => {
    expect(codeDigest(ENTRY, editing('unrelated.mjs'))).toBe(codeDigest(ENTRY));
    cpSync(FIXTURE, join(scratch, 'moved'), { recursive: true });
    expect(codeDigest(join(scratch, 'moved', 'entry.mjs'))).toBe(codeDigest(ENTRY));
  });
});
