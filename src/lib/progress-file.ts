// Reads a practice progress file (exported by the practice page, or from localStorage) and says plainly
// what is wrong with one that is not.
import { BOXES, type CardState, type Progress } from './leitner';

export type ParsedProgress = { ok: true; progress: Progress } | { ok: false; error: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function cardProblem(key: string, value: unknown): string | undefined {
  if (!/^[1-9]\d*$/.test(key)) return `"${key}" is not a question number`;
  if (!isRecord(value)) return `question ${key}: expected an object with "box" and "due"`;
  const { box, due } = value as Partial<CardState>;
  if (!Number.isInteger(box) || box! < 1 || box! > BOXES) return `question ${key}: "box" must be a whole number from 1 to ${BOXES}`;
  if (!Number.isInteger(due) || due! < 0) return `question ${key}: "due" must be a day number (a whole number, 0 or more)`;
  return undefined;
}

export function parseProgress(text: string): ParsedProgress {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `This is not a JSON file (${(error as Error).message}).` };
  }
  if (!isRecord(data) || data.version !== 1 || !isRecord(data.cards)) {
    return { ok: false, error: 'This is not a practice progress file: expected {"version": 1, "cards": {...}}.' };
  }
  const problems = Object.entries(data.cards).flatMap(([key, value]) => cardProblem(key, value) ?? []);
  if (problems.length > 0) return { ok: false, error: `This progress file has problems: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? `; and ${problems.length - 3} more` : ''}.` };
  const cards = Object.fromEntries(Object.entries(data.cards as Record<string, CardState>).map(([key, { box, due }]) => [key, { box, due }]));
  return { ok: true, progress: { version: 1, cards } };
}
