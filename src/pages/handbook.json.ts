// Serves the whole handbook as data at /handbook.json (generated at build time, never committed).
import type { APIRoute } from 'astro';
import { handbookJsonText } from '../lib/handbook-data';

export const GET: APIRoute = () =>
  new Response(handbookJsonText(), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
