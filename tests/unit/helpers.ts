// Shared test helpers: the real content root and small builders for fixtures.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, expect } from 'vitest';
import { splitLines, type ParsedSource } from '../../scripts/lib/parse-source.ts';
import { normalizeAnswer } from '../../scripts/lib/normalize-answer.ts';
import type { Answer, SourceId } from '../../scripts/lib/schema.ts';
import type { LoaderContext } from 'astro/loaders';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

/** Makes temporary folders named `<prefix>…` in `parent`, each removed after the test that made it. */
export function tempDirs(prefix: string, parent = tmpdir()): () => string {
  const made: string[] = [];
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  return () => {
    mkdirSync(parent, { recursive: true });
    const dir = mkdtempSync(join(parent, prefix));
    made.push(dir);
    return dir;
  };
}

/** A project in a new folder of `tempDir`, whose installed Astro has `source` as its file at `path` (e.g. dist/…). */
export function projectWithAstroFile(tempDir: () => string, path: string, source: string): string {
  const root = tempDir();
  const astro = join(root, 'node_modules/astro');
  mkdirSync(dirname(join(astro, path)), { recursive: true });
  writeFileSync(join(astro, 'package.json'), '{ "name": "astro", "exports": { "./package.json": "./package.json" } }\n');
  writeFileSync(join(astro, path), source);
  writeFileSync(join(root, 'package.json'), '{}\n');
  return root;
}

/**
 * The options of a test that runs a Node of its own (checkInOwnNode): its start and Astro's or SVGO's modules took
 * 6.4 s of a full `npm test` on a busy two-core machine (session 28), past Vitest's default of 5 s.
 */
export const OWN_NODE = { timeout: 30_000 };

/**
 * Writes `files` into `dir` and runs its `check.mjs` in a Node of its own (Vitest's module runner would load the
 * modules itself); what it printed last, as JSON, once it printed no error.
 */
export function checkInOwnNode(dir: string, files: Record<string, string>): unknown {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const run = spawnSync(process.execPath, [join(dir, 'check.mjs')], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

/** Calls an integration's hook, as Astro would, with only the options a test gives (none if it has no such hook). */
export function hookCaller({ hooks }: AstroIntegration) {
  return (name: keyof AstroIntegration['hooks'], options: object) => (hooks[name] as ((options: object) => unknown) | undefined)?.(options);
}

type StoreEntry = Parameters<LoaderContext['store']['set']>[0];

/** The part of Astro's data store a content loader uses, in memory, counting what is written to it. */
export function memoryStore() {
  const entries = new Map<string, StoreEntry>();
  const store = {
    writes: 0,
    get: (id: string) => entries.get(id),
    set: (entry: StoreEntry) => (store.writes++, entries.set(entry.id, entry), true),
    delete: (id: string) => void entries.delete(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
  };
  return store;
}

/** An answer built from a body as a source file would hold it. */
export function answerFrom(body: string, source: SourceId = 'a', n = 1): Answer {
  return normalizeAnswer({ source, n, heading: `${n}. Question`, headingLines: [1, 1], lines: [1, body.split('\n').length + 1], body, bodyStartLine: 2 });
}

/** The message of the error `fn` throws; fails the test when it throws nothing. */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected an error, but none was thrown');
}

/** No data loss: every non-whitespace character of a source is in exactly one heading, answer or declared preamble. */
export function expectNoLoss(text: string, parsed: ParsedSource): void {
  const lines = splitLines(text);
  const owner = new Array<string | null>(lines.length).fill(null);
  const claim = (from: number, to: number, who: string) => {
    for (let l = from; l <= to; l++) {
      expect(owner[l - 1], `line ${l} claimed by ${owner[l - 1]} and ${who}`).toBeNull();
      owner[l - 1] = who;
    }
  };
  if (parsed.preamble) claim(parsed.preamble.lines[0], parsed.preamble.lines[1], 'preamble');
  for (const a of parsed.sections) {
    claim(a.headingLines[0], a.headingLines[1], `heading ${a.number}`);
    if (a.lines[1] >= a.bodyStartLine) claim(a.bodyStartLine, a.lines[1], `answer ${a.number}`);
  }
  lines.forEach((line, i) => {
    if (line.trim() !== '') expect(owner[i], `line ${i + 1} "${line.slice(0, 40)}" belongs to nothing`).not.toBeNull();
  });
  // The bodies are the file's own text, not a copy that could drift.
  const nonSpace = (s: string) => s.replace(/\s+/g, '');
  const rebuilt = [parsed.preamble?.text ?? '', ...parsed.sections.flatMap((a) => [lines.slice(a.headingLines[0] - 1, a.headingLines[1]).join('\n'), a.body])].join('');
  expect(nonSpace(rebuilt)).toBe(nonSpace(text));
}
