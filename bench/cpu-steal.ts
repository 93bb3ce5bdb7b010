// CPU time the host took from this virtual machine while a build ran ("steal", the eighth figure of /proc/stat's
// cpu line, in clock ticks over all cores). The load average does not show it: session 27's run began at a load
// of 1.4 and lost 75 CPU-seconds to the host in 12 minutes, and its cold build read 21.3 s against 12.4 s.
import { readFileSync } from 'node:fs';

/** Linux's clock ticks a second (USER_HZ), as /proc/stat counts. */
const TICKS_PER_SECOND = 100;

/** The CPU-seconds stolen since boot, from /proc/stat's text; undefined when it has no steal figure. */
export function stolenSeconds(procStat: string): number | undefined {
  const fields = /^cpu\s+(.*)$/m.exec(procStat)?.[1]?.trim().split(/\s+/).map(Number);
  const steal = fields?.[7];
  return steal === undefined || Number.isNaN(steal) ? undefined : steal / TICKS_PER_SECOND;
}

/** This machine's stolen CPU-seconds so far; undefined where there is no /proc/stat. */
export function stolenSoFar(): number | undefined {
  try {
    return stolenSeconds(readFileSync('/proc/stat', 'utf8'));
  } catch {
    return undefined;
  }
}
