// @ts-check
// `astro build` loads the content config through a Vite dev server, whose dependency optimizer bundles the dev
// toolbar's browser dependencies with esbuild, which nothing in a build uses. Its record (node_modules/.vite) is
// made for one project root: the benchmark's copies of the project share node_modules, so each build in another
// root than the last ran it again ("Re-optimizing dependencies because vite config has changed"), as does a first
// build. In a build, the optimizer gets nothing to do; `npm run dev` keeps it.

/** @returns {import('astro').AstroIntegration} */
export function noDepsOptimizerInBuild() {
  return {
    name: 'no-deps-optimizer-in-build',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'no-deps-optimizer',
                // With discovery off (as Astro's content sync sets it), an empty list turns the optimizer off.
                configEnvironment: (_name, config) => {
                  if (config.optimizeDeps) config.optimizeDeps.include = [];
                },
              },
            ],
          },
        });
      },
    },
  };
}
