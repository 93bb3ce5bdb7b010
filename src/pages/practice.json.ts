// /practice.json: the practice page's deck (questions and their key points), fetched when a session starts.
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { loadHandbook } from '../lib/handbook';
import { renderedKeyPoints } from '../lib/frontmatter-html';
import { handbookJson } from '../lib/handbook-data';
import { renderMarkdown } from '../lib/markdown';
import { practiceDeck } from '../lib/practice-deck';

export const GET: APIRoute = async () => {
  const rendered = renderedKeyPoints(await getCollection('questions'));
  const html = (markdown: string) => rendered.get(markdown) ?? renderMarkdown(markdown);
  const keyPoints = new Map(
    await Promise.all(
      handbookJson().questions.map(async (question) => [question.n, await Promise.all(question.keyPoints.map((point) => html(point.text)))] as const),
    ),
  );
  return new Response(JSON.stringify(practiceDeck(await loadHandbook(), keyPoints)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
