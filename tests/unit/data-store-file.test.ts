import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { dataStoreFile } from '../../src/lib/data-store-file.ts';

const STORE_MODULE = '\0astro:data-layer-content';
// What Astro writes: devalue's flattened form of the collections' Map.
const STORE = [['Map', 1, 2], 'questions', ['Map', 3, 4], 'anchor-boxes', { id: 5 }, 'anchor-boxes'];

// Inside the project, where Vitest may import the module written there.
mkdirSync('node_modules/.cache', { recursive: true });
const scratch = mkdtempSync(join(process.cwd(), 'node_modules/.cache/data-store-file-'));
writeFileSync(join(scratch, 'data-store.json'), JSON.stringify(STORE));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Hooks = AstroIntegration['hooks'];

/** The integration set up as `astro <command>` would, with the given output; the Vite plugin it adds, if any. */
function setUp(command: 'build' | 'dev', buildOutput: 'static' | 'server'): Plugin | undefined {
  const integration = dataStoreFile();
  const plugins: Plugin[] = [];
  const hooks = integration.hooks as Required<Hooks>;
  void hooks['astro:config:setup']({ command, updateConfig: (config: { vite: { plugins: Plugin[] } }) => plugins.push(...config.vite.plugins) } as never);
  void hooks['astro:config:done']({ config: { cacheDir: pathToFileURL(`${scratch}/`) }, buildOutput } as never);
  return plugins[0];
}

const transform = (plugin: Plugin, id: string) => (plugin.transform as (code: string, id: string) => { code: string } | undefined)('export default []', id);

describe('the content store in a build', () => {
  it('is read from the file the content sync wrote, with the same data', async () => {
    const result = transform(setUp('build', 'static')!, STORE_MODULE);
    const module = join(scratch, 'store.mjs');
    writeFileSync(module, result!.code);
    const { default: store } = (await import(pathToFileURL(module).href)) as { default: unknown };
    expect(store).toEqual(STORE);
  });

  it.each([
    ['another module of a static build', 'build', 'static', 'astro:content'],
    ['a server build, whose pages run without the cache directory', 'build', 'server', STORE_MODULE],
  ] as const)('is left to Astro in %s', (_, command, output, id) => {
    expect(transform(setUp(command, output)!, id)).toBeUndefined();
  });

  it('is left to Astro by the dev server, which reloads it on every change', () => {
    expect(setUp('dev', 'static')).toBeUndefined();
  });
});
