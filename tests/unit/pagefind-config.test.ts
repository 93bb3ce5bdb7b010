import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePagefindConfig } from '../../scripts/lib/pagefind-config.ts';

describe('pagefind.yml for Pagefind Node API', () => {
  it.each([
    ['the project file: a glob only', readFileSync('pagefind.yml', 'utf8'), { service: {}, glob: 'questions/**/*.{html}' }],
    ['an empty file: Pagefind defaults', '', { service: {}, glob: undefined }],
    [
      'every option the build passes on',
      'root_selector: main\nexclude_selectors: [nav, ".menu"]\nforce_language: en\nkeep_index_url: true\ninclude_characters: "<>"\n',
      { service: { rootSelector: 'main', excludeSelectors: ['nav', '.menu'], forceLanguage: 'en', keepIndexUrl: true, includeCharacters: '<>' }, glob: undefined },
    ],
  ])('%s', (_name, text, expected) => {
    expect(parsePagefindConfig('pagefind.yml', text)).toEqual(expected);
  });

  it.each([
    ['an option the build does not pass on', 'glob: "**/*.html"\noutput_subdir: search\n', 'pagefind.yml:2: unknown field "output_subdir"'],
    ['a value of the wrong type', 'keep_index_url: "yes"\n', 'pagefind.yml:1: keep_index_url: Expected boolean, received string'],
    ['YAML that does not parse', 'glob: [\n', 'pagefind.yml:2: invalid YAML'],
  ])('refuses %s with its line', (_name, text, message) => {
    expect(() => parsePagefindConfig('pagefind.yml', text)).toThrow(message);
  });
});
