// Times the four build steps (convert, astro build, pagefind, the offline service worker) and records each one's peak memory.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TreeMemory } from './tree-memory.ts';

export interface StepTiming {
  seconds: number;
  peakMiB: number;
}
export type BuildTiming = Record<'convert' | 'astro' | 'pagefind' | 'offline' | 'total', StepTiming>;

const STEPS: Array<[keyof Omit<BuildTiming, 'total'>, string, string[]]> = [
  ['convert', 'node_modules/.bin/tsx', ['scripts/convert.ts']],
  ['astro', 'node_modules/.bin/astro', ['build']],
  ['pagefind', 'node_modules/.bin/pagefind', ['--site', 'dist']],
  ['offline', 'node_modules/.bin/tsx', ['scripts/offline.ts', 'dist']],
];

const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const TREE_MEMORY = fileURLToPath(new URL('tree-memory.ts', import.meta.url));

// Node's default heap, as a user's build has it: 5,000 questions must build within it (issue 13).
const BUILD_ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '' };

/**
 * Wall-clock seconds and the peak resident memory of the command's whole process tree at one moment (its
 * child processes and worker threads included: bench/tree-memory.ts). `logFile`, if given, receives the
 * command's output (Astro's log has the time of every page it writes) and the memory samples go beside it
 * (astro-500.memory.json).
 */
function timeCommand(cwd: string, command: string, args: string[], logFile?: string): StepTiming {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-time-'));
  const out = logFile ? logFile.replace(/\.log$/, '.memory.json') : join(scratch, 'memory.json');
  const log = logFile ? openSync(logFile, 'w') : 'ignore';
  try {
    execFileSync(TSX, [TREE_MEMORY, out, command, ...args], { cwd, stdio: ['ignore', log, 'pipe'], env: BUILD_ENV });
    const memory = JSON.parse(readFileSync(out, 'utf8')) as TreeMemory;
    return { seconds: memory.seconds, peakMiB: Math.round(memory.peakKiB / 1024) };
  } finally {
    if (typeof log === 'number') closeSync(log);
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Times the three steps; `astroLog`, if given, receives Astro's build log. */
export function timeBuild(cwd: string, astroLog?: string): BuildTiming {
  const timing = Object.fromEntries(
    STEPS.map(([name, command, args]) => [name, timeCommand(cwd, command, args, name === 'astro' ? astroLog : undefined)]),
  ) as Omit<BuildTiming, 'total'>;
  const steps = Object.values(timing);
  return {
    ...timing,
    total: { seconds: round(steps.reduce((s, t) => s + t.seconds, 0)), peakMiB: Math.max(...steps.map((t) => t.peakMiB)) },
  };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Each step's median over the runs (and the median total); peak memory is the highest seen. */
export function medianBuild(runs: BuildTiming[]): BuildTiming {
  const keys = ['convert', 'astro', 'pagefind', 'offline', 'total'] as const;
  return Object.fromEntries(
    keys.map((k) => [k, { seconds: round(median(runs.map((r) => r[k].seconds))), peakMiB: Math.max(...runs.map((r) => r[k].peakMiB)) }]),
  ) as BuildTiming;
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
