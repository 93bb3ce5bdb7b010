// Two builds of the same commit are byte-identical: the tested dist/ (`npm run build`) against a second build that
// global-setup makes into dist-repeat/ with `astro build` alone, which runs the steps after the pages in its own
// process. The one exception is Pagefind's filter and metadata indexes, which Pagefind itself does not yet write
// deterministically (Pagefind issue #638); its fragments and word indexes must match.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from './support/fixtures';
import { REPEAT_DIR, sites } from './support/sites';

const NOT_YET_DETERMINISTIC = [/^pagefind\/filter\//, /\.pf_meta$/, /^pagefind\/pagefind-entry\.json$/];

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((file) => !NOT_YET_DETERMINISTIC.some((pattern) => pattern.test(file)))
    .sort();
}

test('a second build of the same commit is byte-identical to dist/', () => {
  const first = files(sites.root.dir);
  expect(first.length).toBeGreaterThan(300);
  expect(files(REPEAT_DIR)).toEqual(first);
  const differing = first.filter((file) => !readFileSync(join(sites.root.dir, file)).equals(readFileSync(join(REPEAT_DIR, file))));
  expect(differing, 'files that differ between two builds').toEqual([]);
});
