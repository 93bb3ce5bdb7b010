// Rewrites tests/fixtures/question-html/ from a build (default dist/): run it only when a change to the
// question pages or /print/ is deliberate, after `npm run build`, and commit the fixture with that change.
//   npx tsx tests/e2e/support/update-question-html.ts [dist]
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { coveredPages, normalisedPage, QUESTION_HTML_DIR } from './question-html';

const site = resolve(process.argv[2] ?? 'dist');
const pages = coveredPages(site);
mkdirSync(QUESTION_HTML_DIR, { recursive: true });
for (const file of readdirSync(QUESTION_HTML_DIR)) if (!pages.has(file)) rmSync(join(QUESTION_HTML_DIR, file));
for (const [file, path] of pages) writeFileSync(join(QUESTION_HTML_DIR, file), normalisedPage(path));
console.log(`${pages.size} pages of ${site} written to ${QUESTION_HTML_DIR}`);
