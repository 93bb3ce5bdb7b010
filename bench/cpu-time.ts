// CPU time a build used, over all its processes and threads: the "children" figures of /proc/self/stat (cutime and
// cstime, in clock ticks), which the kernel adds each ended child's own and its waited-for descendants' to. A build
// is CPU-bound on two cores, so the CPU-seconds it used over the cores is as fast as it could run with its work as it
// is: a faster build needs less work, not more overlap (session 28's notes).
import { readFileSync } from 'node:fs';

/** Linux's clock ticks a second (USER_HZ), as /proc counts. */
const TICKS_PER_SECOND = 100;

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

/** The CPU-seconds this process's ended children have used so far; undefined where there is no /proc. */
export function childrenCpuSoFar(): number | undefined {
  try {
    return childrenCpuSeconds(readFileSync('/proc/self/stat', 'utf8'));
  } catch {
    return undefined;
  }
}
