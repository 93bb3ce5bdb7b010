// /practice.json: the practice page's deck (questions and their key points), fetched when a session starts.
import type { APIRoute } from 'astro';
import { loadHandbook } from '../lib/handbook';
import { handbookContent } from '../lib/handbook-data';
import { renderMarkdown } from '../lib/markdown';
import { practiceDeck } from '../lib/practice-deck';

export const GET: APIRoute = async () => {
  const content = handbookContent();
  const keyPoints = new Map(
    await Promise.all(
      content.questions.map(
        async (question) =>
          [question.entry.n, await Promise.all((question.editorial?.key_points ?? []).map((point) => renderMarkdown(point.text)))] as const,
      ),
    ),
  );
  return new Response(JSON.stringify(practiceDeck(await loadHandbook(), keyPoints)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
