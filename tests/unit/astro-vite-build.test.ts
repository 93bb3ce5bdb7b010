// src/lib/astro-vite-build.mjs: Astro's viteBuild goes through the global bundle-reuse.mjs sets; only Astro's file
// as it reads today is changed, once (another version is left as it is, and every build bundles).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeViteBuildReusable, REUSE_GLOBAL, staticBuildFile, withReusableViteBuild } from '../../src/lib/astro-vite-build.mjs';
import { ROOT, tempDirs } from './helpers';

const EXPORTS = '\nexport {\n  staticBuild,\n  viteBuild\n};\n';
const ASTRO_LIKE = `async function viteBuild(opts) {\n  return 'bundled ' + opts;\n}\nconst staticBuild = 0;${EXPORTS}`;
const tempDir = tempDirs('astro-vite-build-');

/** A project whose installed Astro has `source` as its static-build.js. */
function projectWith(source: string): string {
  const root = tempDir();
  const astro = join(root, 'node_modules/astro');
  mkdirSync(join(astro, 'dist/core/build'), { recursive: true });
  writeFileSync(join(astro, 'package.json'), '{ "name": "astro", "exports": { "./package.json": "./package.json" } }\n');
  writeFileSync(join(astro, 'dist/core/build/static-build.js'), source);
  writeFileSync(join(root, 'package.json'), '{}\n');
  return root;
}

describe('withReusableViteBuild', () => {
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
    const dir = tempDir();
    writeFileSync(join(dir, 'static-build.mjs'), withReusableViteBuild(ASTRO_LIKE));
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

describe('makeViteBuildReusable', () => {
  it("changes a project's Astro once and says it is reusable", async () => {
    const root = projectWith(ASTRO_LIKE);
    expect(await makeViteBuildReusable(root)).toBe(true);
    const changed = readFileSync(staticBuildFile(root), 'utf8');
    expect(changed).toBe(withReusableViteBuild(ASTRO_LIKE));
    expect(await makeViteBuildReusable(root)).toBe(true);
    expect(readFileSync(staticBuildFile(root), 'utf8')).toBe(changed);
  });

  it('leaves another Astro as it is and says so', async () => {
    const other = `async function staticBuild(opts) {}${EXPORTS}`;
    const root = projectWith(other);
    expect(await makeViteBuildReusable(root)).toBe(false);
    expect(readFileSync(staticBuildFile(root), 'utf8')).toBe(other);
  });
});
