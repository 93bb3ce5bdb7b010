// Parses a YAML file against a zod schema, turning every problem into `file:line: message`.
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { ContentError, ContentErrors } from './errors.ts';
import { yamlData } from './yaml-data.ts';
import type { YamlMemo } from './yaml-memo.ts';

export interface LocatedYaml<T> {
  data: T;
  /** 1-based line of the node at `path` (or of the nearest ancestor that exists). */
  lineOf(path: ReadonlyArray<string | number>): number;
}

/** `memo`: data of texts parsed before; a text found there is parsed only if a line number is asked for. */
export function parseYamlFile<S extends z.ZodTypeAny>(file: string, text: string, schema: S, memo?: YamlMemo): LocatedYaml<z.infer<S>> {
  let parsed: { doc: Document; lineCounter: LineCounter } | undefined;
  const parse = () => {
    if (!parsed) {
      const lineCounter = new LineCounter();
      parsed = { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
    }
    return parsed;
  };
  const known = memo?.get(text);
  let data = known ?? readFast(text);
  if (data === undefined) {
    const { doc, lineCounter } = parse();
    if (doc.errors.length > 0) {
      throw new ContentErrors(
        doc.errors.map((e) => new ContentError(file, lineCounter.linePos(e.pos[0]).line, `invalid YAML: ${firstLine(e.message)}`)),
      );
    }
    data = doc.toJS();
  }
  if (known === undefined) memo?.set(text, data);
  const lineOf = (path: ReadonlyArray<string | number>) => {
    const { doc, lineCounter } = parse();
    return lineOfPath(doc, lineCounter, path);
  };
  const result = schema.safeParse(data);
  if (!result.success) {
    throw new ContentErrors(
      result.error.issues.map((issue) => {
        // Point at the offending key itself, not at the object that holds it.
        const path = issue.code === 'unrecognized_keys' && issue.keys.length > 0 ? [...issue.path, issue.keys[0]!] : issue.path;
        return new ContentError(file, lineOf(path), describeIssue(issue));
      }),
    );
  }
  return { data: result.data, lineOf };
}

/** The text's data read fast (yaml-data.ts), or undefined when it has a problem, which yaml then reads to locate. */
function readFast(text: string): unknown {
  try {
    return yamlData(text);
  } catch {
    return undefined;
  }
}

function lineOfPath(doc: Document, lineCounter: LineCounter, path: ReadonlyArray<string | number>): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

function describeIssue(issue: z.ZodIssue): string {
  const where = issue.path.length > 0 ? `${formatPath(issue.path)}: ` : '';
  if (issue.code === 'unrecognized_keys') return `${where}unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  if (issue.code === 'invalid_enum_value') return `${where}"${String(issue.received)}" is not one of ${issue.options.join(', ')}`;
  return `${where}${issue.message}`;
}

export function formatPath(path: ReadonlyArray<string | number>): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
