// src/lib/build-step.mjs: how `npm run build` (scripts/build.mjs) starts `astro build`, and what it makes of its end.
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import { ASTRO_NODE_OPTIONS, astroBuildEnvironment, astroBuildOutcome, PUBLISH_AFTER_VARIABLE } from '../../src/lib/build-step.mjs';

const site = { dist: '/project/dist/', root: '/project/' };

describe('the end of astro build', () => {
  test.each([
    { name: 'a site handed over', end: { code: 0, signal: null, handover: { publish: site }, args: [] }, expected: site },
    { name: 'a site handed over, options given', end: { code: 0, signal: null, handover: { publish: site }, args: ['--outDir', 'out'] }, expected: site },
    { name: 'help printed, nothing built', end: { code: 0, signal: null, handover: undefined, args: ['--help'] }, expected: undefined },
    { name: 'help printed (-h)', end: { code: 0, signal: null, handover: undefined, args: ['-h'] }, expected: undefined },
  ])('$name: the steps run on what was handed over', ({ end, expected }) => {
    expect(astroBuildOutcome(end)).toEqual(expected);
  });

  test.each([
    { name: 'a failed build', end: { code: 1, signal: null, handover: undefined, args: [] }, message: 'astro build failed (exit code 1)' },
    { name: 'a failed build after the hand-over', end: { code: 1, signal: null, handover: { publish: site }, args: [] }, message: 'astro build failed (exit code 1)' },
    { name: 'a stopped build', end: { code: null, signal: 'SIGTERM', handover: undefined, args: [] }, message: 'astro build stopped by SIGTERM' },
    { name: 'no hand-over', end: { code: 0, signal: null, handover: undefined, args: [] }, message: 'astro build ended without handing its output folder over' },
  ])('$name stops the build, with no stack to print', ({ end, message }) => {
    expect(() => astroBuildOutcome(end)).toThrow(message);
    try {
      astroBuildOutcome(end);
    } catch (error) {
      expect((error as Error).name).toBe('ProblemsListed');
      expect((error as Error).stack).toBe('');
    }
  });
});

describe('the environment of astro build', () => {
  test.each([
    { name: 'nothing set', given: {}, arenas: '2' },
    { name: 'arenas set by the user', given: { MALLOC_ARENA_MAX: '8' }, arenas: '8' },
    { name: 'other variables', given: { PATH: '/usr/bin', CONTENT_ROOT: 'tests/fixtures/handbook' }, arenas: '2' },
  ])('$name: the allocator gets $arenas arenas, the rest passes on, the hand-over is asked for', ({ given, arenas }) => {
    const environment = astroBuildEnvironment(given);
    expect(environment).toEqual({ ...given, MALLOC_ARENA_MAX: arenas, [PUBLISH_AFTER_VARIABLE]: '1' });
  });

  test('the hand-over is asked for even when the environment had it off', () => {
    expect(astroBuildEnvironment({ [PUBLISH_AFTER_VARIABLE]: '0' })[PUBLISH_AFTER_VARIABLE]).toBe('1');
  });
});

// Node refuses an option its V8 no longer has ("bad option"), and the build would not start.
test.each(ASTRO_NODE_OPTIONS)('this Node takes %s', (option) => {
  const run = spawnSync(process.execPath, [option, '-e', ''], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});
