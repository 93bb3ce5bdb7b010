// The CPU time a virtual machine's host took, as bench/cpu-steal.ts reads it from /proc/stat.
import { describe, expect, test } from 'vitest';
import { stolenSeconds } from '../../bench/cpu-steal.ts';

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
