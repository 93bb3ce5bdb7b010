// The CPU figures bench/cpu-figures.ts reads: the time a virtual machine's host took (/proc/stat), and the CPU time of
// a build's processes (/proc/self/stat).
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { childrenCpuSeconds, cpuCounters, cpuSpentSince, stolenSeconds } from '../../bench/cpu-figures.ts';

describe('stolenSeconds', () => {
  test.each([
    { name: 'a machine whose host took 284.35 s', stat: 'cpu  813604 3174 188718 945013 69586 0 4383 28435 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n', seconds: 284.35 },
    { name: 'a machine whose host took nothing', stat: 'cpu  100 0 50 900 0 0 0 0 0 0\n', seconds: 0 },
    { name: "an old kernel's line, with no steal figure", stat: 'cpu  100 0 50 900 0 0 0\n', seconds: undefined },
    { name: 'no cpu line', stat: 'intr 1 2 3\n', seconds: undefined },
  ])('$name', ({ stat, seconds }) => {
    expect(stolenSeconds(stat)).toBe(seconds);
  });
});

// Fields 3 to 17 of a real line (state, ppid, …, utime 512, stime 85, cutime 1834, cstime 231), then the rest.
const AFTER_NAME = 'S 2051 2051 2051 0 -1 4194560 31829 1102533 0 10 512 85 1834 231 20 0 11 0 47 1168265216 23123';

describe('childrenCpuSeconds', () => {
  test.each([
    { name: 'a plain command name', stat: `4242 (node) ${AFTER_NAME}\n`, seconds: 20.65 },
    { name: 'a name with spaces and parentheses', stat: `4242 (tsx (watch) x) ${AFTER_NAME}\n`, seconds: 20.65 },
    { name: 'no children yet', stat: '4242 (node) S 1 1 1 0 -1 4194560 10 0 0 0 3 1 0 0 20 0 1 0 5 100 10\n', seconds: 0 },
    { name: 'a line cut short before cstime', stat: '4242 (node) S 1 1 1 0 -1 4194560 10 0 0 0 3 1 0\n', seconds: undefined },
    { name: 'no name at all', stat: 'garbage', seconds: undefined },
  ])('$name', ({ stat, seconds }) => {
    expect(childrenCpuSeconds(stat)).toBe(seconds);
  });

  test.runIf(process.platform === 'linux')("counts an ended child's CPU, its own children's included", () => {
    const before = cpuCounters();
    // A shell whose child spins for about a third of a second of CPU.
    execFileSync('sh', ['-c', `"${process.execPath}" -e "const end = Date.now() + 300; while (Date.now() < end);"`]);
    expect(cpuSpentSince(before).cpuSeconds).toBeGreaterThan(0.2);
  });
});
