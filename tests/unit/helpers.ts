// Shared test helpers: the real content root and small builders for fixtures.
import { fileURLToPath } from 'node:url';
import { normalizeAnswer } from '../../scripts/lib/normalize-answer.ts';
import type { Answer, SourceId } from '../../scripts/lib/schema.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('../fixtures', import.meta.url));

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
