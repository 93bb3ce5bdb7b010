// src/lib/node-bundle-cache.mjs: a bundle is made again only when a file it was made from, or a folder they come
// from, has changed, or its record cannot be trusted; otherwise the last one is used, under the same version.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedBundle } from '../../src/lib/node-bundle-cache.mjs';
import { tempDirs } from './helpers';

const tempDir = tempDirs('node-bundle-cache-');

/** A module and the one it imports, with a bundler that joins their text and counts its runs. */
function project() {
  const root = tempDir();
  mkdirSync(join(root, 'lib'));
  const entry = join(root, 'entry.ts');
  const imported = join(root, 'lib', 'imported.ts');
  writeFileSync(entry, "export { answer } from './lib/imported';\n");
  writeFileSync(imported, 'export const answer = 42;\n');
  writeFileSync(join(root, 'package.json'), '{}\n');
  writeFileSync(join(root, 'tsconfig.json'), '{}\n');
  const bundler = {
    runs: 0,
    bundle: async (path: string) => {
      bundler.runs++;
      return { code: readFileSync(path, 'utf8') + readFileSync(imported, 'utf8'), inputs: [path, imported] };
    },
  };
  return { root, entry, imported, folder: join(root, 'cache'), bundler };
}

type Project = ReturnType<typeof project>;
const recordOf = (bundle: string) => `${bundle}.json`;

describe('cachedBundle', () => {
  it('bundles once while nothing changes, and gives the same file and version', async () => {
    const { entry, folder, bundler } = project();
    const first = await cachedBundle(entry, folder, bundler.bundle);
    const second = await cachedBundle(entry, folder, bundler.bundle);
    expect(bundler.runs).toBe(1);
    expect(second).toEqual(first);
    expect(readFileSync(first.file, 'utf8')).toBe("export { answer } from './lib/imported';\nexport const answer = 42;\n");
  });

  it.each([
    { change: 'an imported file changes', newCode: true, make: (p: Project) => writeFileSync(p.imported, 'export const answer = 43;\n') },
    { change: 'a file is added beside one', newCode: false, make: (p: Project) => writeFileSync(join(p.root, 'lib', 'imported.mjs'), '') },
    { change: "the project's tsconfig.json changes", newCode: false, make: (p: Project) => writeFileSync(join(p.root, 'tsconfig.json'), '{ "compilerOptions": {} }\n') },
    { change: 'the bundle is gone', newCode: false, make: (_p: Project, bundle: string) => rmSync(bundle) },
    { change: 'the record is not JSON', newCode: false, make: (_p: Project, bundle: string) => writeFileSync(recordOf(bundle), '{') },
    {
      change: "the record's key is another",
      newCode: false,
      make: (_p: Project, bundle: string) => writeFileSync(recordOf(bundle), readFileSync(recordOf(bundle), 'utf8').replace(/"key":"[0-9a-f]+"/, '"key":"other"')),
    },
  ])('bundles again when $change', async ({ make, newCode }) => {
    const p = project();
    const first = await cachedBundle(p.entry, p.folder, p.bundler.bundle);
    make(p, first.file);
    const again = await cachedBundle(p.entry, p.folder, p.bundler.bundle);
    expect(p.bundler.runs).toBe(2);
    expect(again.version !== first.version).toBe(newCode);
    expect(readFileSync(again.file, 'utf8')).toBe(await p.bundler.bundle(p.entry).then((bundled) => bundled.code));
    expect(existsSync(recordOf(again.file))).toBe(true);
  });
});
