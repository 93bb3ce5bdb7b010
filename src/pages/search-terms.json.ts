// /search-terms.json: the handbook's vocabulary, most frequent first, for "Did you mean …". The search
// dialog fetches it only when a query finds few or no results.
import type { APIRoute } from 'astro';
import { toHandbookJson } from '../../scripts/lib/handbook-json.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { searchableTexts, vocabulary } from '../../scripts/lib/search-vocabulary.ts';

export const GET: APIRoute = () =>
  Response.json({ words: vocabulary(searchableTexts(toHandbookJson(loadContent(process.cwd())))) });
