// Runs a command and samples the resident memory of its whole process tree (the command, its child processes
// such as Pagefind's binary under its npm wrapper or esbuild's service, and their worker threads, which share
// their process's memory) every SAMPLE_MS from /proc: GNU time's %M gives only the largest single process.
// Usage: tsx bench/tree-memory.ts <result.json> <command> [args…]; the command's output goes to this one's.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';

const SAMPLE_MS = 100;

/** What tree-memory.ts writes: the tree's peak (sum over its processes at one moment) and each process's own. */
export interface TreeMemory {
  seconds: number;
  exitCode: number;
  peakKiB: number;
  /** Each process's own peak (VmHWM), by a short name: the program and its first argument. */
  processes: Array<{ name: string; peakKiB: number }>;
  /** [seconds since start, KiB of the tree], one a sample. */
  samples: Array<[number, number]>;
}

const read = (file: string): string | undefined => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined; // the process ended between listing and reading
  }
};

/** The process and all its descendants. */
function tree(pid: number): number[] {
  const tasks = (() => {
    try {
      return readdirSync(`/proc/${pid}/task`);
    } catch {
      return [];
    }
  })();
  const children = tasks.flatMap((task) => (read(`/proc/${pid}/task/${task}/children`) ?? '').split(' ').filter(Boolean).map(Number));
  return [pid, ...children.flatMap(tree)];
}

const statusKiB = (status: string, field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);

function nameOf(pid: number): string {
  const argv = (read(`/proc/${pid}/cmdline`) ?? '').split('\0').filter(Boolean);
  const program = basename(argv[0] ?? String(pid));
  const first = argv.slice(1).find((arg) => !arg.startsWith('-'));
  return `${pid} ${program}${first ? ` ${basename(first)}` : ''}`;
}

async function main(): Promise<void> {
  const [out, command, ...args] = process.argv.slice(2);
  if (!out || !command) throw new Error('usage: tsx bench/tree-memory.ts <result.json> <command> [args…]');
  const started = performance.now();
  const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  const processes = new Map<number, { name: string; peakKiB: number }>();
  const samples: Array<[number, number]> = [];
  const sample = () => {
    let total = 0;
    for (const pid of tree(child.pid!)) {
      const status = read(`/proc/${pid}/status`);
      if (!status) continue;
      total += statusKiB(status, 'VmRSS');
      const known = processes.get(pid) ?? { name: nameOf(pid), peakKiB: 0 };
      known.peakKiB = Math.max(known.peakKiB, statusKiB(status, 'VmHWM'));
      processes.set(pid, known);
    }
    samples.push([Math.round(performance.now() - started) / 1000, total]);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  const exitCode = await new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));
  clearInterval(timer);
  const result: TreeMemory = {
    seconds: Math.round(performance.now() - started) / 1000,
    exitCode,
    peakKiB: Math.max(0, ...samples.map(([, kib]) => kib)),
    processes: [...processes.values()].sort((a, b) => b.peakKiB - a.peakKiB),
    samples,
  };
  writeFileSync(out, JSON.stringify(result));
  process.exitCode = exitCode;
}

await main();
