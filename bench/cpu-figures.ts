// CPU figures from /proc, in clock ticks, read before and after a build:
// - steal: CPU time the host took from this virtual machine (the eighth figure of /proc/stat's cpu line, over all
//   cores). The load average does not show it: session 27's run began at a load of 1.4 and lost 75 CPU-seconds to the
//   host in 12 minutes, and its cold build read 21.3 s against 12.4 s.
// - children: CPU time this process's ended, waited-for children used (cutime and cstime of /proc/self/stat), to which
//   the kernel adds each one's own waited-for descendants'; so a build's processes and threads together. A build is
//   CPU-bound on two cores: that time over the cores is as fast as it could run with its work as it is.
import { readFileSync } from 'node:fs';

/** Linux's clock ticks a second (USER_HZ), as /proc counts. */
const TICKS_PER_SECOND = 100;

/** The CPU-seconds stolen since boot, from /proc/stat's text; undefined when it has no steal figure. */
export function stolenSeconds(procStat: string): number | undefined {
  const fields = /^cpu\s+(.*)$/m.exec(procStat)?.[1]?.trim().split(/\s+/).map(Number);
  const steal = fields?.[7];
  return steal === undefined || Number.isNaN(steal) ? undefined : steal / TICKS_PER_SECOND;
}

/**
 * The CPU-seconds this process's ended, waited-for children have used, from the text of its /proc/self/stat;
 * undefined when the text has no such figures. The command's name, in parentheses, may hold spaces and parentheses.
 */
export function childrenCpuSeconds(procSelfStat: string): number | undefined {
  const close = procSelfStat.lastIndexOf(')');
  if (close < 0) return undefined;
  // After the name: state is the 3rd field of the line, cutime the 16th, cstime the 17th.
  const fields = procSelfStat.slice(close + 1).trim().split(/\s+/);
  const [user, system] = [fields[13], fields[14]].map(Number);
  return user === undefined || system === undefined || Number.isNaN(user) || Number.isNaN(system) ? undefined : (user + system) / TICKS_PER_SECOND;
}

/** A /proc file's figure; undefined where there is no such file. */
function readFigure(file: string, figure: (text: string) => number | undefined): number | undefined {
  try {
    return figure(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

export interface CpuCounters {
  stolen?: number;
  children?: number;
}

/** Both figures so far. */
export function cpuCounters(): CpuCounters {
  return { stolen: readFigure('/proc/stat', stolenSeconds), children: readFigure('/proc/self/stat', childrenCpuSeconds) };
}

/** CPU-seconds taken by the host and used by this process's children since `before`; a figure not read both times is left out. */
export function cpuSpentSince(before: CpuCounters): { stolenSeconds?: number; cpuSeconds?: number } {
  const after = cpuCounters();
  // Whole ticks: rounding to hundredths only drops the float noise of the subtraction.
  const spent = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : Math.round((b - a) * TICKS_PER_SECOND) / TICKS_PER_SECOND);
  const stolen = spent(before.stolen, after.stolen);
  const cpu = spent(before.children, after.children);
  return { ...(stolen !== undefined && { stolenSeconds: stolen }), ...(cpu !== undefined && { cpuSeconds: cpu }) };
}
