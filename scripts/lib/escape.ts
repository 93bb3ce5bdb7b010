// Escaping for MDX: source text must never be read as JSX, an expression, ESM or Markdown syntax.

// CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can mean something.
const MARKDOWN_SIGNIFICANT = /[\\`*_{}[\]<>#|~&$!]/g;
const MDX_SIGNIFICANT = /[{}<>]/g;
// Characters that start a block construct only at the start of a line.
const LINE_START_MARKER = /^(\s*)(?:([-+=])|(\d+)([.)]))/;
// `import`/`export` at the start of a line would be read as ESM; letters cannot be backslash-escaped.
const ESM_KEYWORD = /^(\s*)(import|export)\b/;

function escapeEsm(line: string): string {
  return line.replace(ESM_KEYWORD, (_m, space: string, word: string) => `${space}&#${word.charCodeAt(0)};${word.slice(1)}`);
}

function escapeLineStart(line: string): string {
  return escapeEsm(line).replace(LINE_START_MARKER, (_m, space: string, marker?: string, digits?: string, dot?: string) =>
    marker ? `${space}\\${marker}` : `${space}${digits}\\${dot}`,
  );
}

/** Literal text: renders exactly as written, whatever characters it holds. Newlines become spaces. */
export function escapeMdxText(text: string): string {
  const escaped = text
    .replace(/\s*\n\s*/g, ' ')
    .replace(MARKDOWN_SIGNIFICANT, (c) => `\\${c}`)
    // GFM turns bare URLs and e-mail addresses into links whose text keeps our backslashes.
    .replace(/:(?=\/\/)/g, '\\:')
    .replace(/\b(www)\./gi, '$1\\.')
    .replace(/@/g, '\\@');
  return escapeLineStart(escaped);
}

/**
 * Editor-written Markdown: keeps Markdown syntax (emphasis, `code`, links, lists) but makes
 * `{`, `}`, `<`, `>` and line-initial import/export literal. Code spans and fences are left untouched.
 */
export function escapeMdxMarkdown(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      out.push(line);
      continue;
    }
    if (inFence) {
      out.push(line);
      continue;
    }
    const parts = line.split(/(`+[^`]*`+)/);
    const escaped = parts.map((part, i) => (i % 2 === 1 ? part : part.replace(MDX_SIGNIFICANT, (c) => `\\${c}`))).join('');
    out.push(escapeEsm(escaped));
  }
  return out.join('\n');
}

/** A JavaScript string literal safe inside an MDX attribute expression. */
export function jsString(value: string): string {
  return JSON.stringify(value).replace(/[<>\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
