// Where `astro build` spends its time, read from its log: bundling (Vite's SSR build of every page module),
// page generation, and the time of each route's pages together ("▶ src/pages/questions/[slug].astro", then a
// line per page it writes, "├─ /questions/anchor-boxes/ (+2ms)"), so that a route that costs more than its
// share shows.
import { readFileSync } from 'node:fs';
import { round } from './build-time.ts';

export interface AstroPhases {
  bundleSeconds: number;
  generateSeconds: number;
  /** The routes whose pages took longest in all, slowest first. */
  routes: Array<{ route: string; pages: number; seconds: number }>;
}

/** The seconds of the first "Completed in" after `step` in the log. */
function stepSeconds(log: string, step: string): number {
  const from = log.indexOf(step);
  const match = from < 0 ? null : /Completed in ([\d.]+)s/.exec(log.slice(from));
  return match ? Number(match[1]) : 0;
}

export function astroPhases(astroLogFile: string, top = 6): AstroPhases {
  // Colours are stripped first: Astro colours slow pages red.
  const log = readFileSync(astroLogFile, 'utf8').replace(/\x1b\[[0-9;]*m/g, '');
  const routes = new Map<string, { pages: number; ms: number }>();
  let route: { pages: number; ms: number } | undefined;
  for (const line of log.split('\n')) {
    const header = /[▶λ] (src\/pages\/\S+)/.exec(line);
    if (header) {
      route = routes.get(header[1]!) ?? { pages: 0, ms: 0 };
      routes.set(header[1]!, route);
      continue;
    }
    const page = /[├└]─ \S+ \(\+([\d.]+)(ms|s)\)/.exec(line);
    if (page && route) {
      route.pages++;
      route.ms += Number(page[1]) * (page[2] === 's' ? 1000 : 1);
    }
  }
  // The short links are written after the pages, by an integration that logs its own total (src/lib/short-links.mjs).
  const shortLinks = /\[short-links\] (\d+) pages in ([\d.]+) s/.exec(log);
  if (shortLinks) routes.set('short links (after the pages)', { pages: Number(shortLinks[1]), ms: Number(shortLinks[2]) * 1000 });
  return {
    bundleSeconds: stepSeconds(log, 'Building static entrypoints'),
    generateSeconds: stepSeconds(log, 'generating static routes'),
    routes: [...routes]
      .map(([name, { pages, ms }]) => ({ route: name.replace(/^src\/pages\//, ''), pages, seconds: round(ms / 1000) }))
      .sort((a, b) => b.seconds - a.seconds)
      .slice(0, top),
  };
}
