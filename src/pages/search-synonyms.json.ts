// /search-synonyms.json: content/search-synonyms.yaml, validated (a bad file fails the build with
// file:line), for the search dialog to expand queries with.
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { parseSearchSynonyms } from '../../scripts/lib/search-synonyms.ts';

const FILE = 'content/search-synonyms.yaml';

export const GET: APIRoute = () => Response.json(parseSearchSynonyms(FILE, readFileSync(FILE, 'utf8')));
