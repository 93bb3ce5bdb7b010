// Time preview cards add to a build, read from Astro's log, which times every file it writes
// ("├─ /cards/23.png/ (+31ms)"). Cards are drawn in worker threads from the start of the build
// (src/lib/card-integration.ts), so a card's time is how long its page waited for it, not its drawing time.
import { readFileSync } from 'node:fs';
import { median, round } from './build-time.ts';

export interface CardTiming {
  cards: number;
  /** All cards together: what they add to the build's wall time, bar loading the drawing code once. */
  totalMs: number;
  medianMs: number;
  maxMs: number;
}

export function cardTimes(astroLogFile: string): CardTiming {
  // Colours are stripped first: Astro colours slow pages red.
  const log = readFileSync(astroLogFile, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
  const times = [...log.matchAll(/\/cards\/[^\s]+\.png\/? \(\+([\d.]+)(ms|s)\)/g)].map((m) => Number(m[1]) * (m[2] === 's' ? 1000 : 1));
  return {
    cards: times.length,
    totalMs: Math.round(times.reduce((sum, ms) => sum + ms, 0)),
    medianMs: times.length ? round(median(times), 1) : 0,
    maxMs: times.length ? Math.max(...times) : 0,
  };
}
