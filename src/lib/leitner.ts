// Spaced repetition with Leitner boxes. A card you knew moves up a box and comes back after that box's
// interval (1, 2, 4, 8, 16 days); a card to review again goes back to box 1 and is due at once.
// Pure: the day is passed in (days since 1970-01-01, in local time), so tests need no clock.

export const INTERVAL_DAYS = [1, 2, 4, 8, 16] as const;
export const BOXES = INTERVAL_DAYS.length;

export interface CardState {
  /** 1..BOXES */
  box: number;
  /** The day the card is next due. */
  due: number;
}

/** What the practice page keeps in localStorage, and exports and imports as a file. */
export interface Progress {
  version: 1;
  /** By question number. */
  cards: Record<string, CardState>;
}

export const emptyProgress = (): Progress => ({ version: 1, cards: {} });

/** The day number of a date in the reader's time zone: a card due "tomorrow" is due after local midnight. */
export function dayOf(date: Date): number {
  return Math.floor((date.getTime() - date.getTimezoneOffset() * 60_000) / 86_400_000);
}

export function review(state: CardState | undefined, knew: boolean, today: number): CardState {
  if (!knew) return { box: 1, due: today };
  const box = Math.min((state?.box ?? 0) + 1, BOXES);
  return { box, due: today + INTERVAL_DAYS[box - 1]! };
}

/** A card never seen is due. */
export const isDue = (state: CardState | undefined, today: number) => !state || state.due <= today;

/** Fisher–Yates with the random source passed in. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** The cards due today among these question numbers, shuffled. */
export function dueCards(numbers: readonly number[], progress: Progress, today: number, random: () => number): number[] {
  return shuffle(
    numbers.filter((n) => isDue(progress.cards[n], today)),
    random,
  );
}

/** How many of these cards sit in each box (index 0 = never answered). */
export function boxCounts(numbers: readonly number[], progress: Progress): number[] {
  const counts = Array.from({ length: BOXES + 1 }, () => 0);
  for (const n of numbers) counts[progress.cards[n]?.box ?? 0]! += 1;
  return counts;
}
