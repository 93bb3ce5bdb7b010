// /question-titles.json: number, slug and title of every question, for the not-found page's suggestions
// (fetched only when a reader lands there, so no other page carries the list).
import type { APIRoute } from 'astro';
import { loadHandbook } from '../lib/handbook';

export const GET: APIRoute = async () => {
  const { questions } = await loadHandbook();
  const titles = [...questions].sort((a, b) => a.n - b.n).map(({ n, slug, title }) => ({ n, slug, title }));
  return new Response(JSON.stringify(titles), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
