// src/lib/astro-fonts-on-demand.mjs: Astro's fonts plugin imports its font tools in buildStart, which only a site
// with `experimental.fonts` runs, rather than as Astro starts; nor does astro.config.mjs load them.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fontsPluginFile, ON_DEMAND, withFontsOnDemand } from '../../src/lib/astro-fonts-on-demand.mjs';
import { checkInOwnNode, OWN_NODE, ROOT, tempDirs } from './helpers';

const TOOL_PACKAGES = ['unifont', 'fontace', '@capsizecss/unpack'];
const installed = readFileSync(fontsPluginFile(ROOT), 'utf8');
const dir = tempDirs('fonts-on-demand-', join(ROOT, 'node_modules/.cache'));

// A Node whose every import of a font tool's package fails, naming it.
const REFUSE_TOOLS = `export async function resolve(specifier, context, next) {
  if (${JSON.stringify(TOOL_PACKAGES)}.includes(specifier)) throw new Error('font tool imported: ' + specifier);
  return next(specifier, context);
}`;
const registerRefusal = `import { register } from 'node:module';
  register(new URL('./refuse-tools.mjs', import.meta.url));`;

describe('withFontsOnDemand', OWN_NODE, () => {
  it("leaves no import of the font tools in the installed Astro's fonts plugin once changed, and changes it once", () => {
    const changed = withFontsOnDemand(installed);
    expect(changed).toContain(ON_DEMAND);
    expect(changed).not.toMatch(/^import \{ (UnifontFontResolver|CapsizeFontMetricsResolver) \}/m);
    expect(withFontsOnDemand(changed)).toBe(changed);
  });

  const imports = 'import { CapsizeFontMetricsResolver } from "./infra/capsize-font-metrics-resolver.js";\nimport { UnifontFontResolver } from "./infra/unifont-font-resolver.js";\n';
  const buildStart = '    async buildStart() {\n      return [CapsizeFontMetricsResolver, UnifontFontResolver];\n    },\n';
  const astroLike = (body: string) => `${imports}export const fontsPlugin = () => ({\n${body}});\n`;
  it('changes a file written as Astro 5.18 writes it', () => {
    expect(withFontsOnDemand(astroLike(buildStart))).toBe(`export const fontsPlugin = () => ({\n${buildStart.replace('{\n', `{\n${ON_DEMAND}`)}});\n`);
  });
  it.each([
    { text: 'no buildStart', source: astroLike('') },
    { text: 'buildStart twice', source: astroLike(buildStart + buildStart) },
    { text: 'one of the imports missing', source: astroLike(buildStart).replace('import { UnifontFontResolver } from "./infra/unifont-font-resolver.js";\n', '') },
  ])('leaves a file with $text as it is', ({ source }) => {
    expect(withFontsOnDemand(source)).toBe(source);
  });

  it('imports the font tools in buildStart of a site with experimental.fonts, not before', () => {
    // The changed plugin, beside the installed one so that its relative imports resolve.
    const plugin = join(dirname(fontsPluginFile(ROOT)), `on-demand-test-${process.pid}.js`);
    writeFileSync(plugin, withFontsOnDemand(installed));
    const check = `${registerRefusal}
      const { fontsPlugin } = await import(${JSON.stringify(pathToFileURL(plugin).href)});
      const logger = { info() {}, warn() {}, error() {} };
      const config = (experimental) => ({ settings: { config: { experimental, base: '/', build: { assets: '_astro' } } }, sync: false, logger });
      const withoutFonts = fontsPlugin(config({}));
      const withFonts = fontsPlugin(config({ fonts: [] }));
      const started = await withFonts.buildStart.call({}).then(() => 'started', (error) => error.message);
      console.log(JSON.stringify({ withoutFonts: withoutFonts.name, started }));`;
    let result: unknown;
    try {
      result = checkInOwnNode(dir(), { 'refuse-tools.mjs': REFUSE_TOOLS, 'check.mjs': check });
    } finally {
      rmSync(plugin, { force: true });
    }
    expect(result).toEqual({ withoutFonts: 'astro:fonts:fallback', started: expect.stringMatching(/^font tool imported: /) });
  });
});

describe('astro.config.mjs', OWN_NODE, () => {
  it('loads none of the font tools', () => {
    const check = `${registerRefusal}
      const { default: config } = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'astro.config.mjs')).href)});
      console.log(JSON.stringify({ site: typeof config.site, integrations: config.integrations.length > 0 }));`;
    expect(checkInOwnNode(dir(), { 'refuse-tools.mjs': REFUSE_TOOLS, 'check.mjs': check })).toEqual({ site: 'string', integrations: true });
  });
});
