// src/lib/static-build-vite.mjs: `astro build` of a static site gives Vite's dependency optimizer nothing to do
// and does not tree-shake the server bundle; `npm run dev`, the browser's bundles and a build with an adapter
// keep Vite's own settings.
import type { ConfigEnv, Plugin, UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import { staticBuildVite } from '../../src/lib/static-build-vite.mjs';

const INCLUDED = ['astro > cssesc', 'astro > aria-query'];

/** The Vite plugins the integration adds for `command`, with or without an adapter. */
function pluginsFor(command: 'build' | 'dev', adapter?: object): Plugin[] {
  const plugins: Plugin[] = [];
  const setup = staticBuildVite().hooks['astro:config:setup'] as (options: object) => void;
  setup({ command, config: { adapter }, updateConfig: (config: { vite: { plugins: Plugin[] } }) => plugins.push(...config.vite.plugins) });
  return plugins;
}

/** What the dependency optimizer is given, and the rollup options of the server and the client build. */
function settings(plugins: Plugin[]) {
  const environment = { optimizeDeps: { noDiscovery: true, include: [...INCLUDED] } };
  const treeshake = (isSsrBuild: boolean) => {
    const env = { command: 'build', mode: 'production', isSsrBuild } as ConfigEnv;
    const config = plugins.map((p) => (p.config as ((c: UserConfig, e: ConfigEnv) => UserConfig | undefined) | undefined)?.({}, env)).find(Boolean);
    return config?.build?.rollupOptions?.treeshake ?? 'default';
  };
  for (const plugin of plugins) (plugin.configEnvironment as ((name: string, config: object) => void) | undefined)?.('client', environment);
  return { optimized: environment.optimizeDeps.include, server: treeshake(true), client: treeshake(false) };
}

describe('staticBuildVite', () => {
  it.each([
    { name: 'astro build', command: 'build', adapter: undefined, expected: { optimized: [], server: false, client: 'default' } },
    { name: 'astro build with an adapter', command: 'build', adapter: { name: 'node' }, expected: { optimized: [], server: 'default', client: 'default' } },
    { name: 'astro dev', command: 'dev', adapter: undefined, expected: { optimized: INCLUDED, server: 'default', client: 'default' } },
  ] as const)('$name', ({ command, adapter, expected }) => {
    expect(settings(pluginsFor(command, adapter))).toEqual(expected);
  });
});
