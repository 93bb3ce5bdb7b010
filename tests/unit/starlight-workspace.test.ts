// The Starlight reference site the bench builds (bench/starlight-workspace.ts): its project files, its pages from a
// handbook.json, the project's packages linked, and the edit its rebuild is timed after.
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { HandbookJson } from '../../scripts/lib/handbook-json.ts';
import { editOneStarlightCorrection, makeStarlightWorkspace } from '../../bench/starlight-workspace.ts';
import { FIXTURES, ROOT, tempDirs } from './helpers.ts';

const HANDBOOK_JSON = join(FIXTURES, 'starlight', 'handbook.json');
const handbook = JSON.parse(readFileSync(HANDBOOK_JSON, 'utf8')) as HandbookJson;
const tempDir = tempDirs('starlight-workspace-');
const questionFile = (dir: string, slug: string) => join(dir, 'src', 'content', 'docs', 'questions', `${slug}.md`);

describe('makeStarlightWorkspace', () => {
  test('a Starlight project with a page a question, on the project’s own packages', () => {
    const { dir, pages } = makeStarlightWorkspace(ROOT, join(tempDir(), 'site'), HANDBOOK_JSON);
    expect(pages).toBe(handbook.questions.length + 1);
    expect(readFileSync(join(dir, 'astro.config.mjs'), 'utf8')).toContain("starlight({ title: 'CV Interview Handbook' })");
    expect(readFileSync(join(dir, 'src', 'content.config.ts'), 'utf8')).toContain('docsLoader()');
    expect(existsSync(join(dir, 'src', 'content', 'docs', 'index.md'))).toBe(true);
    for (const question of handbook.questions) expect(readFileSync(questionFile(dir, question.slug), 'utf8')).toContain(question.answers[0]!.markdown);
    expect(realpathSync(join(dir, 'node_modules', '@astrojs', 'starlight'))).toBe(realpathSync(join(ROOT, 'node_modules', '@astrojs', 'starlight')));
    // Its own build caches, as the handbook's copies have.
    expect(existsSync(join(dir, 'node_modules', '.astro'))).toBe(false);
  });
});

describe('editOneStarlightCorrection', () => {
  test('rewords the first correction of the first page that has one', () => {
    const { dir } = makeStarlightWorkspace(ROOT, join(tempDir(), 'site'), HANDBOOK_JSON);
    const question = handbook.questions.filter((q) => q.corrections.length > 0).sort((a, b) => a.slug.localeCompare(b.slug))[0]!;
    const before = readFileSync(questionFile(dir, question.slug), 'utf8');
    expect(editOneStarlightCorrection(dir, 'Reworded.')).toBe(questionFile(dir, question.slug));
    expect(readFileSync(questionFile(dir, question.slug), 'utf8')).toBe(before.replace(question.corrections[0]!.note, `${question.corrections[0]!.note} Reworded.`));
  });

  test('says so when no page has a correction', () => {
    const { dir } = makeStarlightWorkspace(ROOT, join(tempDir(), 'site'), HANDBOOK_JSON);
    for (const question of handbook.questions) writeFileSync(questionFile(dir, question.slug), '---\ntitle: "No corrections"\n---\n');
    expect(() => editOneStarlightCorrection(dir, 'Reworded.')).toThrow(/no page under .* has a correction to edit/);
  });
});
