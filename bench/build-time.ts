// Times `npm run build`'s command (scripts/build.mjs: `astro build`, which converts first, then Pagefind, the
// offline service worker and the headers check once Astro's process has ended), with the peak memory of its
// process tree; each step's time comes from the line it logs, "[pagefind] 50 pages indexed in 0.41 s", and
// Astro's own share is what is left.
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpuCounters, cpuSpentSince } from './cpu-figures.ts';
import type { TreeMemory } from './tree-memory.ts';

export interface StepTiming {
  seconds: number;
  /** Only the total has a peak of its own, the tree's (older results have one a step). */
  peakMiB?: number;
  /** Only the total: CPU-seconds the host took from the machine meanwhile (cpu-figures.ts; not in older results). */
  stolenSeconds?: number;
  /** Only the total: CPU-seconds the build's processes used, all cores together (cpu-figures.ts; not in older results). */
  cpuSeconds?: number;
}
export const STEPS = ['convert', 'astro', 'pagefind', 'offline', 'headers', 'total'] as const;
export type BuildTiming = Record<(typeof STEPS)[number], StepTiming>;

/** The label each step logs under. */
const LOGGED_STEPS = { convert: 'convert', pagefind: 'pagefind', offline: 'offline', headers: 'check-headers' } as const;

const TSX = fileURLToPath(new URL('../node_modules/.bin/tsx', import.meta.url));
const TREE_MEMORY = fileURLToPath(new URL('tree-memory.ts', import.meta.url));
const ASTRO_CLI = fileURLToPath(new URL('../node_modules/astro/astro.js', import.meta.url));

// Node's default heap, as a user's build has it: 5,000 questions must build within it (issue 13).
const BUILD_ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '' };

/**
 * Wall-clock seconds and the peak resident memory of the command's whole process tree at one moment (its
 * child processes and worker threads included: bench/tree-memory.ts). `logFile` receives the command's output
 * (Astro's log has the time of every page it writes) and the memory samples go beside it (astro-500.memory.json).
 */
function timeCommand(cwd: string, command: string, args: string[], logFile: string): StepTiming & { seconds: number } {
  const out = logFile.replace(/\.log$/, '.memory.json');
  const log = openSync(logFile, 'w');
  try {
    const before = cpuCounters();
    execFileSync(TSX, [TREE_MEMORY, out, command, ...args], { cwd, stdio: ['ignore', log, 'pipe'], env: BUILD_ENV });
    // The CPU used has tsx's and tree-memory.ts's own start-up in it too: a few tenths of a CPU-second.
    const spent = cpuSpentSince(before);
    const memory = JSON.parse(readFileSync(out, 'utf8')) as TreeMemory;
    return { seconds: memory.seconds, peakMiB: Math.round(memory.peakKiB / 1024), ...spent };
  } finally {
    closeSync(log);
  }
}

/** `astro build` alone, as a site with no build script of its own runs it (the Starlight reference, starlight.ts). */
export function timeAstroBuild(cwd: string, logFile: string): StepTiming {
  return timeCommand(cwd, process.execPath, [ASTRO_CLI, 'build'], logFile);
}

/** The seconds a step's log line ends with ("[offline] sw.js lists 727 files, 5.9 MiB in 0.33 s"); 0 if it did not log. */
export function loggedSeconds(log: string, label: string): number {
  const match = new RegExp(`\\[${label}\\] .* in ([\\d.]+) s$`, 'm').exec(log.replace(/\x1b\[[0-9;]*m/g, ''));
  return match ? Number(match[1]) : 0;
}

/** Times the build; `astroLog` receives its log (Astro's has the time of every page it writes). */
export function timeBuild(cwd: string, astroLog: string): BuildTiming {
  const total = timeCommand(cwd, process.execPath, ['scripts/build.mjs'], astroLog);
  const log = readFileSync(astroLog, 'utf8');
  const logged = Object.fromEntries(Object.entries(LOGGED_STEPS).map(([step, label]) => [step, { seconds: loggedSeconds(log, label) }]));
  const others = Object.values(logged).reduce((sum, step) => sum + step.seconds, 0);
  return { ...logged, astro: { seconds: round(total.seconds - others) }, total } as BuildTiming;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A step's median over the runs, with its median CPU time; peak memory and CPU taken by the host are the highest seen. */
export function medianStep(runs: Array<StepTiming | undefined>): StepTiming {
  const highest = (values: Array<number | undefined>) => values.filter((value) => value !== undefined).reduce<number | undefined>((a, b) => Math.max(a ?? b, b), undefined);
  const peakMiB = highest(runs.map((r) => r?.peakMiB));
  const stolenSeconds = highest(runs.map((r) => r?.stolenSeconds));
  const cpu = runs.map((r) => r?.cpuSeconds).filter((seconds) => seconds !== undefined);
  const cpuSeconds = cpu.length > 0 ? round(median(cpu)) : undefined;
  return { seconds: round(median(runs.map((r) => r?.seconds ?? 0))), ...(peakMiB !== undefined && { peakMiB }), ...(stolenSeconds !== undefined && { stolenSeconds }), ...(cpuSeconds !== undefined && { cpuSeconds }) };
}

/** Each step's median over the runs (medianStep). */
export function medianBuild(runs: BuildTiming[]): BuildTiming {
  return Object.fromEntries(STEPS.map((k) => [k, medianStep(runs.map((r) => r[k]))])) as BuildTiming;
}

export const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
