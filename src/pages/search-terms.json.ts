// /search-terms.json: the handbook's vocabulary, most frequent first, for "Did you mean …". The search
// dialog fetches it only when a query finds few or no results.
import type { APIRoute } from 'astro';
import { searchableTexts, vocabulary } from '../../scripts/lib/search-vocabulary.ts';
import { handbookJson } from '../lib/handbook-data';

export const GET: APIRoute = () => Response.json({ words: vocabulary(searchableTexts(handbookJson())) });
