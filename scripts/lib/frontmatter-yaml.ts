// A page's frontmatter as block YAML with lists of plain values on one line (`lines: [ 120, 122 ]`), so pages stay
// readable: the bytes of `new Document(data)` with such lists made flow, `toString({ lineWidth: 0 })`, without
// building the Document (a fifth of a cold conversion). Every scalar is still written by yaml's own stringifiers,
// so quoting, escapes and block strings are yaml's; only the layout of maps and lists is done here.
import { Document, Scalar } from 'yaml';
import { stringifyNumber, stringTag, type StringifyContext } from 'yaml/util';

type Plain = string | number | boolean | null;
/** What JSON holds; a map's undefined values are left out, as a Document leaves them out. */
export type YamlValue = Plain | readonly YamlValue[] | { readonly [key: string]: YamlValue | undefined };
export type YamlMap = { readonly [key: string]: YamlValue | undefined };

const INDENT_STEP = '  ';
/** Longer keys would need YAML's explicit `? key` form, which pages never use. */
const MAX_KEY_LENGTH = 1024;

/** What `Document#toString({ lineWidth: 0 })` gives a scalar's stringifier besides its place (yaml's defaults). */
const BASE_CONTEXT = {
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

/** One context per place: the string stringifier copies it before changing anything. */
const contexts = new Map<string, StringifyContext>();

function plain(value: Plain, indent: string, inFlow: boolean, implicitKey = false): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return stringifyNumber(new Scalar(value));
  const place = `${indent}${inFlow ? 'f' : 'b'}${implicitKey ? 'k' : 'v'}`;
  let ctx = contexts.get(place);
  if (!ctx) contexts.set(place, (ctx = { ...BASE_CONTEXT, indent, inFlow, implicitKey }));
  return stringTag.stringify!(new Scalar(value), ctx, undefined, undefined);
}

const entriesOf = (map: YamlMap) => Object.entries(map).filter((entry): entry is [string, YamlValue] => entry[1] !== undefined);

/** Lists of plain values, and empty maps, are flow collections; other lists and maps are block ones. */
const isFlow = (value: YamlValue) => (Array.isArray(value) ? value.every(isPlain) : !isPlain(value) && entriesOf(value as YamlMap).length === 0);

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

function node(value: YamlValue, indent: string): string {
  if (isPlain(value)) return plain(value, indent, false);
  if (Array.isArray(value)) {
    const items = value as readonly YamlValue[];
    if (isFlow(items)) return flowList((items as Plain[]).map((item) => plain(item, indent + INDENT_STEP + INDENT_STEP, true)), indent);
    return items.map((item) => `- ${node(item, indent + INDENT_STEP)}`).join(`\n${indent}`);
  }
  const entries = entriesOf(value as YamlMap);
  if (entries.length === 0) return '{}';
  const valueIndent = indent + INDENT_STEP;
  return entries
    .map(([name, v]) => {
      const text = node(v, valueIndent);
      // A collection that spans lines starts on the next line; a scalar or a one-line list after one space.
      const nextLine = !isPlain(v) && (!isFlow(v) || text.includes('\n'));
      return `${key(name, valueIndent)}:${nextLine ? `\n${valueIndent}` : ' '}${text}`;
    })
    .join(`\n${indent}`);
}

export function frontmatterYaml(data: YamlMap): string {
  return `${node(data, '')}\n`;
}
