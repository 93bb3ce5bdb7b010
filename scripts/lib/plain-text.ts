// Markdown to one line of plain text, for meta descriptions and search snippets.
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Text cut to at most `limit` characters at a word, with an ellipsis: unfurlers cut descriptions near 300 anyway. */
export function shorten(text: string, limit = 300): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  // A single word longer than half the limit is cut inside the word rather than dropped.
  const kept = space > limit / 2 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:.–—-]+$/, '')}…`;
}
