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

/** The memo as the converter keeps it beside its record: what a conversion used, under the converter's version. */
export function yamlMemoText(used: Record<string, unknown>, version: string): string {
  return JSON.stringify({ version, texts: used });
}

/** The data a kept memo holds, if this converter version wrote it; nothing for another version or a damaged file. */
export function parseYamlMemoText(text: string, version: string): Record<string, unknown> | undefined {
  try {
    const stored = JSON.parse(text) as { version?: unknown; texts?: Record<string, unknown> };
    return stored.version === version && typeof stored.texts === 'object' && stored.texts !== null ? stored.texts : undefined;
  } catch {
    return undefined;
  }
}
