// Astro bundles its content store (every entry's data: 10.5 MB of JavaScript at 5,000 questions) into the server
// build as the module astro:data-layer-content, which Rollup then parses whole, and V8 again as a literal when the
// pages are generated. A static build generates its pages in the same process, right after the content sync wrote
// the store to disk: there the module reads that file instead, the same data, parsed as JSON when first asked for.
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's resolved id of the store's module and the store's file name in its cache directory (astro 5.18). */
const STORE_MODULE = '\0astro:data-layer-content';
const STORE_FILE = 'data-store.json';

export function dataStoreFile(): AstroIntegration {
  let store: URL | undefined;
  const plugin: Plugin = {
    name: 'data-store-file',
    enforce: 'pre',
    // Astro's own plugin loads the module first; its code is replaced before Rollup parses it.
    transform(_code, id) {
      if (id !== STORE_MODULE || !store) return undefined;
      return { code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(new URL(${JSON.stringify(store.href)}), 'utf8'));\n`, map: null };
    },
  };
  return {
    name: 'data-store-file',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'build') updateConfig({ vite: { plugins: [plugin] } });
      },
      // A server build runs its pages elsewhere, without the cache directory: it keeps Astro's bundled store.
      'astro:config:done': ({ config, buildOutput }) => {
        store = buildOutput === 'static' ? new URL(STORE_FILE, config.cacheDir) : undefined;
      },
    },
  };
}
