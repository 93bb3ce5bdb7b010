// /cards/<n>.png: question n's preview card (og:image), drawn at build time and cached by content digest.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardLayout, type CardFacts } from '../../lib/card';
import { cachedCard } from '../../lib/card-cache';
import { loadHandbook } from '../../lib/handbook';
import { cardFacts } from '../../lib/unfurl';

export const getStaticPaths = (async () => {
  const handbook = await loadHandbook();
  return handbook.questions.map((question) => ({ params: { n: String(question.n) }, props: { facts: cardFacts(handbook, question) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ facts: CardFacts }> = async ({ props }) => {
  const png = await cachedCard(cardLayout(props.facts));
  // Response takes a view over a plain ArrayBuffer; Node's buffers may be typed as shared.
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
