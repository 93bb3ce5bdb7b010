// The question pages and /print/ are exactly what they were for the same content (issue 13): the built HTML
// against tests/fixtures/question-html/, hashed asset names aside. A deliberate change to these pages
// regenerates the fixture (tests/e2e/support/update-question-html.ts) in the same commit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { coveredPages, normalisedPage, QUESTION_HTML_DIR, tagLines } from './support/question-html';
import { sites } from './support/sites';

const pages = coveredPages(sites.root.dir);

test('the built site has exactly the pages the fixture holds', () => {
  expect([...pages.keys()]).toEqual(readdirSync(QUESTION_HTML_DIR).sort((a, b) => a.localeCompare(b)));
});

for (const [file, path] of pages) {
  test(`${file} is unchanged`, () => {
    const expected = readFileSync(join(QUESTION_HTML_DIR, file), 'utf8');
    const actual = normalisedPage(path);
    expect(tagLines(actual), 'the page differs from the fixture (diff one tag a line)').toBe(tagLines(expected));
    expect(actual === expected, 'the page differs from the fixture only in line breaks between tags').toBe(true);
  });
}
