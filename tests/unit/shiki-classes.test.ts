// Highlighted code carries no style attribute (the CSP blocks them): colours are classes, and the
// committed stylesheet defines every class the two themes can produce.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { renderMarkdown } from '../../src/lib/markdown.ts';
import { tokenStylesheet } from '../../src/lib/shiki-classes.ts';
import { codeThemes } from '../../src/lib/shiki.mjs';
import { ROOT } from './helpers.ts';

test('styles/code-tokens.css is what tokenStylesheet generates from the code themes', () => {
  const committed = readFileSync(join(ROOT, 'src', 'styles', 'code-tokens.css'), 'utf8');
  expect(committed, 'regenerate src/styles/code-tokens.css with tokenStylesheet').toBe(tokenStylesheet([codeThemes.light, codeThemes.dark]));
});

test.each([
  ['python', '```python\nimport torch\nx = torch.zeros(3)  # a comment\n```'],
  ['diff', '```diff\n- old line\n+ new line\n```'],
  ['plain', '```\nno language\n```'],
])('a %s code block is highlighted with classes only', async (_name, markdown) => {
  const html = await renderMarkdown(markdown);
  expect(html).toContain('class="astro-code');
  expect(html).not.toMatch(/\sstyle=/);
  expect(html).toMatch(/s-l-[0-9a-f]{3,6}/);
  expect(html).toMatch(/s-d-[0-9a-f]{3,6}/);
});
