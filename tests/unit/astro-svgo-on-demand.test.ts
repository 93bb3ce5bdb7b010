// src/lib/astro-svgo-on-demand.mjs: Astro's SVG module requires SVGO on its first call rather than importing it as
// Astro starts; only the import as Astro writes it today is changed, once.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSvgoOnDemand, svgModuleFile, withSvgoOnDemand } from '../../src/lib/astro-svgo-on-demand.mjs';
import { ROOT, tempDirs } from './helpers';

const IMPORT = 'import { optimize } from "svgo";\n';
const ASTRO_LIKE = `${IMPORT}export const optimized = (svg) => optimize(svg).data;\n`;
const tempDir = tempDirs('astro-svgo-');
// Under the project, where Node finds SVGO (checked in a Node of its own: Vitest's module runner would load it itself).
const projectDir = tempDirs('svgo-on-demand-', join(ROOT, 'node_modules/.cache'));

/** A project whose installed Astro has `source` as its svg.js. */
function projectWith(source: string): string {
  const root = tempDir();
  const astro = join(root, 'node_modules/astro');
  mkdirSync(join(astro, 'dist/assets/utils'), { recursive: true });
  writeFileSync(join(astro, 'package.json'), '{ "name": "astro", "exports": { "./package.json": "./package.json" } }\n');
  writeFileSync(join(astro, 'dist/assets/utils/svg.js'), source);
  writeFileSync(join(root, 'package.json'), '{}\n');
  return root;
}

describe('withSvgoOnDemand', () => {
  it("leaves no import of SVGO in the installed Astro's svg.js once changed, and changes it once", () => {
    const changed = withSvgoOnDemand(readFileSync(svgModuleFile(ROOT), 'utf8'));
    expect(changed).not.toContain(IMPORT);
    expect(changed).toContain('createRequire(import.meta.url)("svgo")');
    expect(withSvgoOnDemand(changed)).toBe(changed);
  });

  it.each([
    { text: 'no import of SVGO', source: 'export const optimized = (svg) => svg;\n' },
    { text: 'the import twice', source: `${IMPORT}${ASTRO_LIKE}` },
    { text: 'another import of SVGO', source: 'import { optimize as run } from "svgo";\n' },
  ])('leaves a file with $text as it is', ({ source }) => {
    expect(withSvgoOnDemand(source)).toBe(source);
  });

  it('loads SVGO on the first call, not before, and optimizes as before', () => {
    const dir = projectDir();
    writeFileSync(join(dir, 'svg.mjs'), withSvgoOnDemand(ASTRO_LIKE));
    const check = `import { createRequire } from 'node:module';
      import { optimized } from './svg.mjs';
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('/svgo/'));
      const before = loaded();
      const input = '<svg xmlns="http://www.w3.org/2000/svg"><!-- a comment --><g><rect width="10" height="10"/></g></svg>';
      const svg = optimized(input);
      const after = loaded();
      const { optimize } = await import('svgo');
      console.log(JSON.stringify({ before, after, svg, imported: optimize(input).data }));`;
    writeFileSync(join(dir, 'check.mjs'), check);
    const run = spawnSync(process.execPath, [join(dir, 'check.mjs')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { before, after, svg, imported } = JSON.parse(run.stdout);
    expect({ before, after }).toEqual({ before: false, after: true });
    expect(svg).not.toContain('a comment');
    expect(svg).toBe(imported);
  });
});

describe('loadSvgoOnDemand', () => {
  it("changes a project's Astro once and says it loads SVGO on demand", async () => {
    const root = projectWith(ASTRO_LIKE);
    expect(await loadSvgoOnDemand(root)).toBe(true);
    const changed = readFileSync(svgModuleFile(root), 'utf8');
    expect(changed).toBe(withSvgoOnDemand(ASTRO_LIKE));
    expect(await loadSvgoOnDemand(root)).toBe(true);
    expect(readFileSync(svgModuleFile(root), 'utf8')).toBe(changed);
  });

  it('leaves another Astro as it is and says so', async () => {
    const other = 'export const optimized = (svg) => svg;\n';
    const root = projectWith(other);
    expect(await loadSvgoOnDemand(root)).toBe(false);
    expect(readFileSync(svgModuleFile(root), 'utf8')).toBe(other);
  });
});
