// The environment the build gives Pagefind's process (scripts/lib/pagefind-environment.ts, scripts/search-index.ts):
// which variables for which size of handbook; set only while it indexes, never over a value this process has, and
// read by the process createIndex starts and by the allocator inside it.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { createIndex } from 'pagefind';
import { afterEach, describe, expect, it } from 'vitest';
import { pagefindEnvironment, RETURN_MEMORY_FROM } from '../../scripts/lib/pagefind-environment.ts';
import { withPagefindEnvironment } from '../../scripts/search-index.ts';

// A large handbook's environment, which has every variable.
const environment = pagefindEnvironment(RETURN_MEMORY_FROM);
const variables = Object.entries(environment);

/** The environment of this process's child processes running `command` (Linux's /proc; comm is cut to 15 bytes). */
function childEnvironments(command: string): Array<Map<string, string>> {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((pid) => {
      try {
        // stat: "pid (comm) state ppid …"; comm may hold spaces, so read the fields after its last ")".
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid !== process.pid || !command.startsWith(stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')))) return [];
        const pairs = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean);
        return [new Map(pairs.map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as [string, string]))];
      } catch {
        return []; // ended meanwhile
      }
    });
}

afterEach(() => {
  for (const [name] of variables) delete process.env[name];
});

describe('pagefindEnvironment', () => {
  // Giving freed memory back at once slows indexing by a half to three quarters: only worth it for a large handbook.
  it.each([
    [50, false],
    [500, false],
    [RETURN_MEMORY_FROM - 1, false],
    [RETURN_MEMORY_FROM, true],
    [5000, true],
  ])('for %i question pages: small index chunks, and memory given back at once: %s', (pages, atOnce) => {
    const set = pagefindEnvironment(pages);
    expect(set.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE).toBe('2000');
    expect(set._RJEM_MALLOC_CONF).toBe(atOnce ? 'dirty_decay_ms:0,muzzy_decay_ms:0' : undefined);
  });
});

describe('withPagefindEnvironment', () => {
  it.each(variables)('sets %s while Pagefind indexes and removes it after', async (name, value) => {
    const during = await withPagefindEnvironment(environment, async () => process.env[name]);
    expect(during).toBe(value);
    expect(process.env[name]).toBeUndefined();
  });

  it.each(variables)('keeps a value of %s this process already has', async (name) => {
    process.env[name] = 'set-by-the-user';
    const during = await withPagefindEnvironment(environment, async () => process.env[name]);
    expect(during).toBe('set-by-the-user');
    expect(process.env[name]).toBe('set-by-the-user');
  });

  it('removes what it set when indexing fails', async () => {
    await expect(withPagefindEnvironment(environment, () => Promise.reject(new Error('indexing failed')))).rejects.toThrow('indexing failed');
    for (const [name] of variables) expect(process.env[name]).toBeUndefined();
  });

  it.skipIf(platform() !== 'linux')('is the environment of the process createIndex starts', async () => {
    const seen = await withPagefindEnvironment(environment, async () => {
      await createIndex({});
      return childEnvironments('pagefind_extended');
    });
    expect(seen).toHaveLength(1);
    for (const [name, value] of variables) expect(seen[0]!.get(name)).toBe(value);
  });
});

describe("Pagefind's allocator", () => {
  // Should Pagefind change allocator, or jemalloc's prefix, the setting would be ignored without a word.
  it('reads the options the build gives it', () => {
    // Where Pagefind's Node API finds it (pagefind/lib/resolveBinary.js): its platform's package.
    const binary = createRequire(import.meta.url).resolve(`@pagefind/${platform()}-${arch()}/bin/pagefind_extended`);
    const run = spawnSync(binary, ['--version'], { env: { ...process.env, _RJEM_MALLOC_CONF: `${environment._RJEM_MALLOC_CONF},stats_print:true` }, encoding: 'utf8' });
    const printed = `${run.stdout}${run.stderr}`;
    expect(printed).not.toMatch(/Invalid conf/);
    expect(printed).toMatch(/opt\.dirty_decay_ms: 0\b/);
    expect(printed).toMatch(/opt\.muzzy_decay_ms: 0\b/);
  });
});
