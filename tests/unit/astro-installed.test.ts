// src/lib/astro-installed.mjs and the changes made with it to the installed Astro's files (astro-vite-build.mjs,
// astro-svgo-on-demand.mjs): each changes the file as Astro writes it today, once, and says so; it leaves another
// version's file as it is and says that too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSvgoOnDemand, svgModuleFile, withSvgoOnDemand } from '../../src/lib/astro-svgo-on-demand.mjs';
import { makeViteBuildReusable, staticBuildFile, withReusableViteBuild } from '../../src/lib/astro-vite-build.mjs';
import { projectWithAstroFile, tempDirs } from './helpers';

const tempDir = tempDirs('astro-installed-');
const EXPORTS = '\nexport {\n  staticBuild,\n  viteBuild\n};\n';

const changes = [
  {
    name: 'makeViteBuildReusable',
    path: 'dist/core/build/static-build.js',
    make: makeViteBuildReusable,
    fileOf: staticBuildFile,
    change: withReusableViteBuild,
    today: `async function viteBuild(opts) {\n  return 'bundled ' + opts;\n}\nconst staticBuild = 0;${EXPORTS}`,
    other: `async function staticBuild(opts) {}${EXPORTS}`,
  },
  {
    name: 'loadSvgoOnDemand',
    path: 'dist/assets/utils/svg.js',
    make: loadSvgoOnDemand,
    fileOf: svgModuleFile,
    change: withSvgoOnDemand,
    today: 'import { optimize } from "svgo";\nexport const optimized = (svg) => optimize(svg).data;\n',
    other: 'export const optimized = (svg) => svg;\n',
  },
];

describe.each(changes)('$name', ({ path, make, fileOf, change, today, other }) => {
  it("changes a project's Astro once and says it did", async () => {
    const root = projectWithAstroFile(tempDir, path, today);
    expect(await make(root)).toBe(true);
    const changed = readFileSync(fileOf(root), 'utf8');
    expect(changed).toBe(change(today));
    expect(changed).not.toBe(today);
    expect(await make(root)).toBe(true);
    expect(readFileSync(fileOf(root), 'utf8')).toBe(changed);
  });

  it('leaves another Astro as it is and says so', async () => {
    const root = projectWithAstroFile(tempDir, path, other);
    expect(await make(root)).toBe(false);
    expect(readFileSync(fileOf(root), 'utf8')).toBe(other);
  });
});
