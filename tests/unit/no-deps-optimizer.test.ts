// src/lib/no-deps-optimizer.mjs: `astro build` gives Vite's dependency optimizer nothing to do (its content sync
// would otherwise bundle the dev toolbar's dependencies); `npm run dev` keeps it.
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { noDepsOptimizerInBuild } from '../../src/lib/no-deps-optimizer.mjs';

/** The Vite plugins the integration adds for `command`. */
function pluginsFor(command: 'build' | 'dev'): Plugin[] {
  const plugins: Plugin[] = [];
  const setup = noDepsOptimizerInBuild().hooks['astro:config:setup'] as (options: object) => void;
  setup({ command, updateConfig: (config: { vite: { plugins: Plugin[] } }) => plugins.push(...config.vite.plugins) });
  return plugins;
}

describe('noDepsOptimizerInBuild', () => {
  it.each([
    ['build', []],
    ['dev', ['astro > cssesc', 'astro > aria-query']],
  ] as const)('astro %s: the optimizer includes %j', (command, expected) => {
    const environment = { optimizeDeps: { noDiscovery: true, include: ['astro > cssesc', 'astro > aria-query'] } };
    for (const plugin of pluginsFor(command)) (plugin.configEnvironment as (name: string, config: object) => void)('client', environment);
    expect(environment.optimizeDeps.include).toEqual(expected);
  });
});
