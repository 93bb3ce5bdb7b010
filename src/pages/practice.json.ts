// /practice.json: the practice page's deck (questions and their key points), fetched when a session starts.
import type { APIRoute } from 'astro';
import { loadHandbook } from '../lib/handbook';
import { renderedKeyPoints } from '../lib/frontmatter-html';
import { handbookJson } from '../lib/handbook-data';
import { renderMarkdown } from '../lib/markdown';
import { practiceDeck } from '../lib/practice-deck';

export const GET: APIRoute = async () => {
  const handbook = await loadHandbook();
  // The handbook's entries: getCollection again would copy every page's data once more (Astro walks it for images).
  const rendered = renderedKeyPoints(handbook.questions.map((question) => question.entry));
  const html = (markdown: string) => rendered.get(markdown) ?? renderMarkdown(markdown);
  const keyPoints = new Map(
    await Promise.all(
      handbookJson().questions.map(async (question) => [question.n, await Promise.all(question.keyPoints.map((point) => html(point.text)))] as const),
    ),
  );
  return new Response(JSON.stringify(practiceDeck(handbook, keyPoints)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
