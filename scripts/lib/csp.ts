// What a Content-Security-Policy allows in a built page, checked before it ships: inline scripts need
// their hash in script-src; inline event handlers, style attributes, <style> blocks and javascript: URLs
// are reported because a strict policy blocks them.
import { createHash } from 'node:crypto';

export type Policy = Map<string, string[]>;

export function parsePolicy(header: string): Policy {
  const policy: Policy = new Map();
  for (const directive of header.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The sources a fetch directive allows, falling back to default-src as browsers do. */
function sourcesOf(policy: Policy, directive: string): string[] {
  return policy.get(directive) ?? policy.get('default-src') ?? [];
}

/** The CSP source expression that allows an inline block with this exact text. */
export function sha256Source(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

interface Found {
  offset: number;
  message: string;
}

function inlineScripts(html: string, policy: Policy): Found[] {
  const allowed = sourcesOf(policy, 'script-src');
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)].flatMap((match) => {
    const attributes = match[1]!;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
    if (/\ssrc\s*=/i.test(attributes) || !EXECUTABLE_TYPES.has(type) || allowed.includes("'unsafe-inline'")) return [];
    const hash = sha256Source(match[2]!);
    if (allowed.includes(hash)) return [];
    return [{ offset: match.index, message: `inline script is blocked by the CSP: add ${hash} to script-src in public/_headers, or make it an external file` }];
  });
}

function inlineStyles(html: string, policy: Policy): Found[] {
  const allowed = sourcesOf(policy, 'style-src');
  if (allowed.includes("'unsafe-inline'")) return [];
  const blocks = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)]
    .filter((match) => !allowed.includes(sha256Source(match[1]!)))
    .map((match) => ({ offset: match.index, message: `<style> block is blocked by the CSP: move it to a stylesheet (or add ${sha256Source(match[1]!)} to style-src)` }));
  return blocks;
}

/** What any attribute found below contains: a name starting with "on" or "style" after a space, then "=", or "javascript:". */
const MAY_HAVE_BLOCKED_ATTRIBUTE = /\s(?:on|style)[a-zA-Z-]*\s*=|javascript:/i;

/** Attributes a strict policy blocks, found inside start tags only (never in text or scripts). */
function blockedAttributes(html: string): Found[] {
  // Most pages have none of these anywhere: their tags need not be taken apart (a third of the check's time).
  if (!MAY_HAVE_BLOCKED_ATTRIBUTE.test(html)) return [];
  const withoutScripts = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, (block) => block.replace(/[^\n]/g, ' '));
  return [...withoutScripts.matchAll(/<[a-zA-Z][^>]*>/g)].flatMap((tag) =>
    [...tag[0].matchAll(/\s([a-zA-Z-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g)].flatMap((attribute): Found[] => {
      const name = attribute[1]!.toLowerCase();
      const value = attribute[2]!.replace(/^["']|["']$/g, '').trim();
      const offset = tag.index + attribute.index;
      if (name.startsWith('on')) return [{ offset, message: `inline event handler ${name}= is blocked by the CSP: attach a listener from a script` }];
      if (name === 'style') return [{ offset, message: 'style attribute is blocked by the CSP: use a class' }];
      if (['href', 'src', 'action', 'formaction'].includes(name) && /^javascript:/i.test(value))
        return [{ offset, message: `javascript: URL in ${name}= is blocked by the CSP` }];
      return [];
    }),
  );
}

/** Everything in a page that the policy would block, as `file:line: message`, in page order. */
export function auditPage(html: string, file: string, policyHeader: string | undefined): string[] {
  if (!policyHeader) return [`${file}:1: no Content-Security-Policy applies to this page`];
  const policy = parsePolicy(policyHeader);
  const lineOf = (offset: number) => html.slice(0, offset).split('\n').length;
  return [...inlineScripts(html, policy), ...inlineStyles(html, policy), ...blockedAttributes(html)]
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset, message }) => `${file}:${lineOf(offset)}: ${message}`);
}
