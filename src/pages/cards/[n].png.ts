// /cards/<n>.png: question n's preview card (og:image), drawn at build time and cached by content digest.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardLayout, type CardFacts } from '../../lib/card';
import { CardQueue } from '../../lib/card-queue';
import { loadHandbook } from '../../lib/handbook';
import { cardFacts } from '../../lib/unfurl';

// Set by getStaticPaths, which Astro calls before it asks for any card (in dev, a module reloaded since may not have it).
let queue: CardQueue | undefined;

export const getStaticPaths = (async () => {
  const handbook = await loadHandbook();
  const facts = handbook.questions.map((question) => cardFacts(handbook, question));
  queue = new CardQueue(facts.map(cardLayout));
  return handbook.questions.map((question, i) => ({ params: { n: String(question.n) }, props: { facts: facts[i]! } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ facts: CardFacts }> = async ({ props }) => {
  queue ??= new CardQueue([]);
  const png = await queue.take(cardLayout(props.facts));
  // Response takes a view over a plain ArrayBuffer; Node's buffers may be typed as shared.
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
