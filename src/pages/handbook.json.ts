// Serves the whole handbook as data at /handbook.json (generated at build time, never committed).
import type { APIRoute } from 'astro';
import { toHandbookJson } from '../../scripts/lib/handbook-json.ts';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { contentRoot } from '../lib/content-root';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(toHandbookJson(loadContent(contentRoot))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
