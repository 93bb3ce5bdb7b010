// /cards/<n>.png: question n's preview card (og:image), drawn in a worker and cached by content digest
// (lib/card-integration.ts): in a build it is mostly drawn before this page is asked for.
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardLayout, type CardFacts } from '../../lib/card';
import { installedCardStore } from '../../lib/card-store';
import { loadHandbook } from '../../lib/handbook';
import { cardFacts } from '../../lib/unfurl';

export const getStaticPaths = (async () => {
  const handbook = await loadHandbook();
  return handbook.questions.map((question) => ({ params: { n: String(question.n) }, props: { facts: cardFacts(handbook, question) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ facts: CardFacts }> = async ({ props }) => {
  const file = await installedCardStore().file({ n: props.facts.n, layout: cardLayout(props.facts) });
  // Response takes a view over a plain ArrayBuffer; Node's buffers may be typed as shared.
  return new Response(new Uint8Array(await readFile(file)), { headers: { 'Content-Type': 'image/png' } });
};
