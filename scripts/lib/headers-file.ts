// The `_headers` file that Netlify and Cloudflare Pages read: blocks of a URL pattern followed by
// indented `Name: value` lines. Parsed here so that the local server sends exactly what those hosts send.

export interface HeaderRule {
  pattern: string;
  line: number;
  headers: Array<{ name: string; value: string; line: number }>;
}

/** Parses a `_headers` file; every problem is reported as `file:line: message`, all at once. */
export function parseHeadersFile(text: string, file: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  const problems: Array<{ line: number; message: string }> = [];
  // The rule header lines belong to; null after a pattern that is not valid (its lines are skipped).
  let current: HeaderRule | null | undefined;
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (!/^\s/.test(raw)) {
      current = trimmed.startsWith('/') ? { pattern: trimmed, line, headers: [] } : null;
      if (current) rules.push(current);
      else problems.push({ line, message: `a URL pattern must start with "/" (got "${trimmed}")` });
      return;
    }
    const match = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(trimmed);
    if (current === undefined) problems.push({ line, message: 'header line before any URL pattern' });
    else if (current === null) return;
    else if (!match) problems.push({ line, message: `expected "Name: value", got "${trimmed}"` });
    else if (match[2] === '') problems.push({ line, message: `header ${match[1]} has no value` });
    else current.headers.push({ name: match[1]!, value: match[2]!, line });
  });
  for (const rule of rules) if (rule.headers.length === 0) problems.push({ line: rule.line, message: `${rule.pattern} has no headers` });
  if (problems.length > 0) throw new Error(problems.sort((a, b) => a.line - b.line).map((p) => `${file}:${p.line}: ${p.message}`).join('\n'));
  return rules;
}

// Each pattern compiled once: the headers check matches every rule against each of 50,000 files at scale.
const patternRegExps = new Map<string, RegExp>();

/** Whether a URL path matches a pattern: `*` matches anything (slashes too), `:name` one path segment. */
export function matchesPattern(pattern: string, path: string): boolean {
  let regExp = patternRegExps.get(pattern);
  if (!regExp) {
    const source = pattern
      .split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
      .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
      .join('');
    regExp = new RegExp(`^${source}$`);
    patternRegExps.set(pattern, regExp);
  }
  return regExp.test(path);
}

/** The rules that apply to a path, in file order. */
export function rulesFor(rules: HeaderRule[], path: string): HeaderRule[] {
  return rules.filter((rule) => matchesPattern(rule.pattern, path));
}

/**
 * The headers a path gets: every matching rule's, in file order. A header set by several matching rules
 * is joined with ", " as Cloudflare Pages does (Netlify keeps one), so a portable file never does that;
 * `repeatedHeaders` finds where it happens.
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const { headers } of rulesFor(rules, path)) {
    for (const { name, value } of headers) {
      const key = Object.keys(result).find((existing) => existing.toLowerCase() === name.toLowerCase()) ?? name;
      result[key] = result[key] === undefined ? value : `${result[key]}, ${value}`;
    }
  }
  return result;
}

/** Header names that more than one matching rule sets for this path (hosts disagree on what that means). */
export function repeatedHeaders(rules: HeaderRule[], path: string): string[] {
  const names = rulesFor(rules, path).flatMap((rule) => [...new Set(rule.headers.map((h) => h.name.toLowerCase()))]);
  return [...new Set(names.filter((name, index) => names.indexOf(name) !== index))];
}
