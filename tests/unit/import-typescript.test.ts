// src/lib/import-typescript.mjs: TypeScript imported with Node's own import() through one esbuild bundle, so that
// Astro imports astro.config.mjs natively instead of loading it through a Vite server.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { importTypeScript } from '../../src/lib/import-typescript.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'import-typescript');
const scratch = mkdtempSync(join(tmpdir(), 'import-typescript-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('importTypeScript', () => {
  const imported = importTypeScript(pathToFileURL(join(FIXTURE, 'entry.ts')), scratch) as Promise<{ where: Record<string, string>; parsed: unknown }>;
  const own = join(FIXTURE, 'where.mjs');

  it.each([
    ['url', pathToFileURL(own).href],
    ['dirname', dirname(own)],
    ['filename', own],
  ])('a bundled module keeps its own import.meta.%s', async (key, expected) => {
    expect((await imported).where[key]).toBe(expected);
  });

  it('imports packages from where they are installed', async () => {
    expect((await imported).parsed).toEqual({ answer: 42 });
  });
});

describe('astro.config.mjs', () => {
  // Astro loads the config through a Vite server whenever Node's import() of it fails, which is slower but silent.
  it("imports with Node's own import(), which cannot load TypeScript", () => {
    const script = `const config = await import(${JSON.stringify(pathToFileURL(join(ROOT, 'astro.config.mjs')).href)}); console.log(config.default.integrations.length);`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(Number(out.trim())).toBeGreaterThan(5);
  }, 30_000);
});
