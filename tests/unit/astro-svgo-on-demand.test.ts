// src/lib/astro-svgo-on-demand.mjs: Astro's SVG module requires SVGO on its first call rather than importing it as
// Astro starts; only the import as Astro writes it today is changed, once (the change to a project's installed file:
// astro-installed.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { svgModuleFile, withSvgoOnDemand } from '../../src/lib/astro-svgo-on-demand.mjs';
import { checkInOwnNode, OWN_NODE, ROOT, tempDirs } from './helpers';

const IMPORT = 'import { optimize } from "svgo";\n';
const ASTRO_LIKE = `${IMPORT}export const optimized = (svg) => optimize(svg).data;\n`;
// Under the project, where Node finds SVGO.
const projectDir = tempDirs('svgo-on-demand-', join(ROOT, 'node_modules/.cache'));

describe('withSvgoOnDemand', OWN_NODE, () => {
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
    const check = `import { createRequire } from 'node:module';
      import { optimized } from './svg.mjs';
      const loaded = () => Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('/svgo/'));
      const before = loaded();
      const input = '<svg xmlns="http://www.w3.org/2000/svg"><!-- a comment --><g><rect width="10" height="10"/></g></svg>';
      const svg = optimized(input);
      const after = loaded();
      const { optimize } = await import('svgo');
      console.log(JSON.stringify({ before, after, svg, imported: optimize(input).data }));`;
    const { before, after, svg, imported } = checkInOwnNode(projectDir(), { 'svg.mjs': withSvgoOnDemand(ASTRO_LIKE), 'check.mjs': check }) as Record<string, unknown>;
    expect({ before, after }).toEqual({ before: false, after: true });
    expect(svg).not.toContain('a comment');
    expect(svg).toBe(imported);
  });
});
