// Pagefind returns only pages that contain every word of a query, so the connecting words readers type
// ("pytorch vs tensorflow", "what is the difference between…") would empty the results. They are dropped
// before searching; a query made only of such words is searched as typed.
const CONNECTING_WORDS = new Set([
  'vs', 'vs.', 'versus', 'v', 'difference', 'differences', 'between', 'compare', 'comparison', 'explain', 'what', "what's",
  'whats', 'is', 'are', 'how', 'does', 'do', 'why', 'when', 'which', 'the', 'a', 'an', 'of', 'and', 'or', 'in', 'for', 'to',
  'with', 'about',
]);

export function searchTerms(query: string): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  const kept = words.filter((word) => !CONNECTING_WORDS.has(word.toLowerCase().replace(/[?!,]+$/, '')));
  return (kept.length > 0 ? kept : words).join(' ');
}
