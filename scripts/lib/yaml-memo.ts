// The data of YAML texts read by an earlier conversion, by digest of the text, so that an unchanged index file
// (questions.yaml holds one entry per question) is not parsed again. Only data that JSON keeps exactly is kept.
import { isDeepStrictEqual } from 'node:util';
import { digest } from './convert-cache.ts';

export interface YamlMemo {
  get(text: string): unknown;
  set(text: string, data: unknown): void;
  /** What this conversion read, to be kept for the next one (texts no longer read are forgotten). */
  used(): Record<string, unknown>;
}

export function yamlMemo(known: Readonly<Record<string, unknown>> = {}): YamlMemo {
  const used: Record<string, unknown> = {};
  return {
    get(text) {
      const key = digest(text);
      if (!Object.hasOwn(known, key)) return undefined;
      used[key] = known[key];
      return known[key];
    },
    set(text, data) {
      // Infinity, NaN, -0 and undefined do not survive JSON: such data is parsed again each time.
      if (isDeepStrictEqual(JSON.parse(JSON.stringify(data) ?? 'null'), data)) used[digest(text)] = data;
    },
    used: () => used,
  };
}
