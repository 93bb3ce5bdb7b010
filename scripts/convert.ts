// `npm run convert`: content/ -> content/questions/*.mdx. With --check, only reports stale pages; with
// --explain <source-id>, prints how that source was read and writes nothing; --root=<dir> converts another handbook.
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isContentProblem } from './lib/errors.ts';
import { explainSource } from './lib/explain.ts';
import { loadContent } from './lib/load-content.ts';
import { readPublished } from './lib/published.ts';
import { pageFileName, renderQuestionMdx } from './lib/render-mdx.ts';

export function renderPages(root: string): Map<string, string> {
  const questionsDir = join(root, 'content', 'questions');
  const content = loadContent(root, { published: readPublished(questionsDir) });
  return new Map(content.questions.map((q) => [pageFileName(q), renderQuestionMdx(q, content)]));
}

function run(argv: string[]): number {
  const check = argv.includes('--check');
  const root = argv.find((a) => a.startsWith('--root='))?.slice('--root='.length) ?? fileURLToPath(new URL('..', import.meta.url));
  const questionsDir = join(root, 'content', 'questions');
  const explain = argv.includes('--explain') ? argv[argv.indexOf('--explain') + 1] : undefined;
  let pages: Map<string, string>;
  try {
    if (explain !== undefined) {
      console.log(explainSource(loadContent(root, { published: readPublished(questionsDir) }), explain));
      return 0;
    }
    pages = renderPages(root);
  } catch (error) {
    if (!isContentProblem(error)) throw error;
    const lines = error.message.split('\n');
    console.error(lines.join('\n'));
    console.error(`convert: ${lines.length} problem${lines.length > 1 ? 's' : ''}; no pages written`);
    return 1;
  }
  const existing = existsSync(questionsDir) ? readdirSync(questionsDir).filter((f) => f.endsWith('.mdx')) : [];
  const present = new Set(existing);
  const changed = [...pages].filter(([name, text]) => !present.has(name) || readFileSync(join(questionsDir, name), 'utf8') !== text).map(([name]) => name);
  const extra = existing.filter((name) => !pages.has(name));
  if (check) {
    if (changed.length === 0 && extra.length === 0) {
      console.log(`convert --check: all ${pages.size} pages are up to date`);
      return 0;
    }
    for (const name of changed) console.error(`content/questions/${name}: stale (run npm run convert)`);
    for (const name of extra) console.error(`content/questions/${name}: not produced by convert (run npm run convert to remove it)`);
    console.error(`convert --check: ${changed.length + extra.length} stale file(s)`);
    return 1;
  }
  mkdirSync(questionsDir, { recursive: true });
  for (const name of changed) writeFileSync(join(questionsDir, name), pages.get(name)!);
  for (const name of extra) unlinkSync(join(questionsDir, name));
  console.log(`convert: ${pages.size} pages (${changed.length} written, ${extra.length} removed)`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (error) {
    // Anything else is a bug in the converter; say so in one line instead of a stack trace.
    console.error(`convert: internal error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
