// src/lib/astro-vite-build.mjs: Astro's viteBuild goes through the global bundle-reuse.mjs sets; only Astro's file
// as it reads today is changed, once (another version is left as it is, and every build bundles; the change to a
// project's installed file: astro-installed.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REUSE_GLOBAL, staticBuildFile, withReusableViteBuild } from '../../src/lib/astro-vite-build.mjs';
import { checkInOwnNode, OWN_NODE, ROOT, tempDirs } from './helpers';

const EXPORTS = '\nexport {\n  staticBuild,\n  viteBuild\n};\n';
const ASTRO_LIKE = `async function viteBuild(opts) {\n  return 'bundled ' + opts;\n}\nconst staticBuild = 0;${EXPORTS}`;
const tempDir = tempDirs('astro-vite-build-');

describe('withReusableViteBuild', OWN_NODE, () => {
  it("changes the installed Astro's static-build.js, once", () => {
    const patched = withReusableViteBuild(readFileSync(staticBuildFile(ROOT), 'utf8'));
    expect(patched).toContain(`Symbol.for(${JSON.stringify(REUSE_GLOBAL)})`);
    expect(withReusableViteBuild(patched)).toBe(patched);
  });

  it.each([
    { text: 'no viteBuild', source: `async function staticBuild(opts) {}${EXPORTS}` },
    { text: 'viteBuild declared twice', source: `async function viteBuild(opts) {}\nasync function viteBuild(opts) {}${EXPORTS}` },
    { text: 'other exports at the end', source: `async function viteBuild(opts) {}\nexport { viteBuild as build };\n` },
  ])('leaves a file with $text as it is', ({ source }) => {
    expect(withReusableViteBuild(source)).toBe(source);
  });

  it('calls the global with the options and the bundling, or bundles when it is not set', () => {
    const check = `import { viteBuild } from './static-build.mjs';
      const before = await viteBuild('a');
      globalThis[Symbol.for(${JSON.stringify(REUSE_GLOBAL)})] = async (opts, bundle) => 'reused ' + opts + ', else ' + (await bundle(opts));
      console.log(JSON.stringify([before, await viteBuild('b')]));`;
    const printed = checkInOwnNode(tempDir(), { 'static-build.mjs': withReusableViteBuild(ASTRO_LIKE), 'check.mjs': check });
    expect(printed).toEqual(['bundled a', 'reused b, else bundled b']);
  });
});
