// astro.config.mjs: loading it turns Astro's telemetry off, so that no build or dev server of the handbook sends
// anything anywhere.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDirs } from './helpers';

const tempDir = tempDirs('astro-telemetry-');

describe('astro.config.mjs', () => {
  it("turns Astro's telemetry off", () => {
    // Astro's telemetry as it decides in a fresh home (its settings kept under XDG_CONFIG_HOME), before and after.
    const script = `const { AstroTelemetry } = await import('@astrojs/telemetry');
      const disabled = () => new AstroTelemetry({ astroVersion: '', viteVersion: '' }).isDisabled;
      const before = disabled();
      await import(${JSON.stringify(pathToFileURL(join(ROOT, 'astro.config.mjs')).href)});
      console.log(JSON.stringify({ before, after: disabled() }));`;
    const { ASTRO_TELEMETRY_DISABLED, TELEMETRY_DISABLED, ...environment } = process.env;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...environment, XDG_CONFIG_HOME: tempDir() } });
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({ before: false, after: true });
  }, 30_000);
});
