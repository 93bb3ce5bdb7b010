// src/lib/bundle-reuse-loader.mjs: Astro's viteBuild goes through the global bundle-reuse.mjs sets, and only Astro's
// file as it reads today is changed (another version loads as it is, and every build bundles).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REUSE_GLOBAL, STATIC_BUILD, withReusableViteBuild } from '../../src/lib/bundle-reuse-loader.mjs';
import { ROOT, tempDirs } from './helpers';

const staticBuild = join(dirname(createRequire(join(ROOT, 'package.json')).resolve('astro/package.json')), 'dist/core/build/static-build.js');
const EXPORTS = '\nexport {\n  staticBuild,\n  viteBuild\n};\n';
const tempDir = tempDirs('bundle-reuse-loader-');

describe('withReusableViteBuild', () => {
  it("changes the installed Astro's static-build.js, which the hook's pattern names", () => {
    expect(STATIC_BUILD.test(pathToFileURL(staticBuild).href)).toBe(true);
    const source = readFileSync(staticBuild, 'utf8');
    expect(withReusableViteBuild(source)).not.toBe(source);
  });

  it.each([
    { text: 'no viteBuild', source: `async function staticBuild(opts) {}${EXPORTS}` },
    { text: 'viteBuild declared twice', source: `async function viteBuild(opts) {}\nasync function viteBuild(opts) {}${EXPORTS}` },
    { text: 'other exports at the end', source: `async function viteBuild(opts) {}\nexport { viteBuild as build };\n` },
  ])('leaves a file with $text as it is', ({ source }) => {
    expect(withReusableViteBuild(source)).toBe(source);
  });

  it('calls the global with the options and the bundling, or bundles when it is not set', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'static-build.mjs'), withReusableViteBuild(`async function viteBuild(opts) {\n  return 'bundled ' + opts;\n}\nconst staticBuild = 0;${EXPORTS}`));
    // In a Node of its own: Vitest's module runner loads no file from outside the project.
    const check = `import { viteBuild } from './static-build.mjs';
      const before = await viteBuild('a');
      globalThis[Symbol.for(${JSON.stringify(REUSE_GLOBAL)})] = async (opts, bundle) => 'reused ' + opts + ', else ' + (await bundle(opts));
      console.log(JSON.stringify([before, await viteBuild('b')]));`;
    writeFileSync(join(dir, 'check.mjs'), check);
    const run = spawnSync(process.execPath, [join(dir, 'check.mjs')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(['bundled a', 'reused b, else bundled b']);
  });
});
