// A page's frontmatter as block YAML with lists of plain values on one line (`lines: [ 120, 122 ]`), so pages stay
// readable: the bytes of `new Document(data)` with such lists made flow, `toString({ lineWidth: 0 })`, without
// building the Document (a fifth of a cold conversion). Every scalar is still written by yaml's own stringifiers,
// so quoting, escapes and block strings are yaml's; only the layout of maps and lists is done here.
import { Document, Scalar } from 'yaml';
import { stringifyNumber, stringifyString, type StringifyContext } from 'yaml/util';

type Plain = string | number | boolean | null;
/** What JSON holds; a map's undefined values are left out, as a Document leaves them out. */
export type YamlValue = Plain | readonly YamlValue[] | { readonly [key: string]: YamlValue | undefined };
export type YamlMap = { readonly [key: string]: YamlValue | undefined };

const INDENT_STEP = '  ';
/** Longer keys would need YAML's explicit `? key` form, which pages never use. */
const MAX_KEY_LENGTH = 1024;

/** What `Document#toString({ lineWidth: 0 })` gives a string's stringifier besides its place (yaml's defaults). */
const BASE_CONTEXT = {
  actualString: true,
  doc: new Document(),
  indentStep: INDENT_STEP,
  options: {
    blockQuote: true,
    defaultKeyType: null,
    defaultStringType: 'PLAIN',
    doubleQuotedAsJSON: false,
    doubleQuotedMinMultiLineLength: 40,
    lineWidth: 0,
    minContentWidth: 20,
    singleQuote: null,
  },
} as unknown as StringifyContext;

const isPlain = (value: YamlValue): value is Plain => value === null || typeof value !== 'object';

/** One context per place, reused: the string stringifier changes a context only at the top level (indent ''). */
const contexts = new Map<string, StringifyContext>();

function plain(value: Plain, indent: string, inFlow: boolean, implicitKey = false): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return stringifyNumber(new Scalar(value));
  const place = `${indent}${inFlow ? 'f' : 'b'}${implicitKey ? 'k' : 'v'}`;
  let ctx = contexts.get(place);
  if (!ctx) contexts.set(place, (ctx = { ...BASE_CONTEXT, indent, inFlow, implicitKey }));
  return stringifyString(new Scalar(value), indent === '' ? { ...ctx } : ctx);
}

const entriesOf = (map: YamlMap) => Object.entries(map).filter((entry): entry is [string, YamlValue] => entry[1] !== undefined);

/** On one line, unless an item spans lines: then one item a line. */
function flowList(items: readonly string[], indent: string): string {
  if (items.length === 0) return '[]';
  if (!items.some((item) => item.includes('\n'))) return `[ ${items.join(', ')} ]`;
  return `[${items.map((item) => `\n${INDENT_STEP}${indent}${item}`).join(',')}\n${indent}]`;
}

/** A field name's text (the same at any depth unless it spans lines or holds a `---`), written once. */
const fieldNames = new Map<string, string>();

function key(name: string, indent: string): string {
  const known = fieldNames.get(name);
  if (known !== undefined) return known;
  const text = plain(name, indent, false, true);
  if (/^\w+$/.test(name)) fieldNames.set(name, text);
  if (text.length > MAX_KEY_LENGTH) throw new Error(`frontmatter key longer than ${MAX_KEY_LENGTH} characters: ${text.slice(0, 40)}…`);
  return text;
}

/**
 * A value's text, and whether it is a block collection (which starts on a line of its own after its key). Lists of
 * plain values, and empty maps, are flow collections; other lists and maps are block ones.
 */
function node(value: YamlValue, indent: string): { text: string; block: boolean } {
  if (isPlain(value)) return { text: plain(value, indent, false), block: false };
  if (Array.isArray(value)) {
    const items = value as readonly YamlValue[];
    if (items.every(isPlain)) {
      const text = flowList((items as Plain[]).map((item) => plain(item, indent + INDENT_STEP + INDENT_STEP, true)), indent);
      return { text, block: text.includes('\n') };
    }
    return { text: items.map((item) => `- ${node(item, indent + INDENT_STEP).text}`).join(`\n${indent}`), block: true };
  }
  const entries = entriesOf(value as YamlMap);
  if (entries.length === 0) return { text: '{}', block: false };
  const valueIndent = indent + INDENT_STEP;
  const pairs = entries.map(([name, v]) => {
    const { text, block } = node(v, valueIndent);
    return `${key(name, valueIndent)}:${block ? `\n${valueIndent}` : ' '}${text}`;
  });
  return { text: pairs.join(`\n${indent}`), block: true };
}

export function frontmatterYaml(data: YamlMap): string {
  return `${node(data, '').text}\n`;
}
