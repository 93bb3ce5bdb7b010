// robots.txt pointing crawlers at the sitemap (the index @astrojs/sitemap builds, published as sitemap.xml).
import type { APIRoute } from 'astro';
import { href } from '../lib/url';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href('sitemap.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
