// Serves the whole handbook as data at /handbook.json (generated at build time, never committed).
import type { APIRoute } from 'astro';
import { handbookJson } from '../lib/handbook-data';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(handbookJson()), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
