// @ts-check
// Vite settings for `astro build` of this static site that change nothing in what it writes, only what the build
// does to get there (`npm run dev` keeps Vite's own):
// - The content sync loads the content config through a Vite dev server, whose dependency optimizer bundles the
//   dev toolbar's browser dependencies with esbuild, which nothing in a build uses. Its record (node_modules/.vite)
//   holds for one project root, so a first build and each build in another root than the last sharing node_modules
//   ran it again ("Re-optimizing dependencies because vite config has changed").
// - The server bundle only renders the pages, in this process, and is deleted after: Rollup's tree-shaking of its
//   ~300 modules took a third of that bundle's time (its object and argument tracking) for nothing a reader gets.
//   The browser's bundles (the client build and the workers) are tree-shaken as before.

/** @returns {import('astro').AstroIntegration} */
export function staticBuildVite() {
  return {
    name: 'static-build-vite',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        /** @type {import('vite').Plugin[]} */
        const plugins = [
          {
            name: 'no-deps-optimizer',
            // With discovery off (as Astro's content sync sets it), an empty list turns the optimizer off.
            configEnvironment: (_name, environment) => {
              if (environment.optimizeDeps) environment.optimizeDeps.include = [];
            },
          },
        ];
        // With an adapter the server bundle is what gets deployed: keep it small.
        if (!config.adapter) {
          plugins.push({
            name: 'server-bundle-not-tree-shaken',
            config: (_config, { isSsrBuild }) => (isSsrBuild ? { build: { rollupOptions: { treeshake: false } } } : undefined),
          });
        }
        updateConfig({ vite: { plugins } });
      },
    },
  };
}
