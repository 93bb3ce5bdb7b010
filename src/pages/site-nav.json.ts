// /site-nav.json: what each topic of the navigation lists once a reader opens it (lib/site-nav.ts), fetched on that
// first opening, so that no page carries the other topics' questions.
import type { APIRoute } from 'astro';
import { loadHandbook } from '../lib/handbook';
import { deferredTopicLists } from '../lib/site-nav';
import { paths } from '../lib/url';

export const GET: APIRoute = async () => {
  const { topics } = await loadHandbook();
  return new Response(JSON.stringify(deferredTopicLists(topics, paths.question)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
