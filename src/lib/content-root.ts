// Where the handbook's content/ lives: this project's, or another handbook's (CONTENT_ROOT, used by the
// fixture handbook in tests/fixtures/handbook and by the benchmarks' synthetic corpora).
import { resolve } from 'node:path';

export const contentRoot = resolve(process.env.CONTENT_ROOT ?? '.');

export function contentPath(...parts: string[]): string {
  return resolve(contentRoot, 'content', ...parts);
}
