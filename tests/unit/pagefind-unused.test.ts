// Which of Pagefind's files the site never loads (scripts/lib/pagefind-unused.ts): its ready-made interfaces.
import { describe, expect, test } from 'vitest';
import { unusedPagefindFiles } from '../../scripts/lib/pagefind-unused.ts';

describe("Pagefind's files the site never loads", () => {
  test.each([
    ['pagefind-ui.js', true],
    ['pagefind-ui.css', true],
    ['pagefind-modular-ui.js', true],
    ['pagefind-modular-ui.css', true],
    ['pagefind-component-ui.js', true],
    ['pagefind-component-ui.css', true],
    // The JavaScript API, its worker, the highlighter the question pages load, the WebAssembly and the index.
    ['pagefind.js', false],
    ['pagefind-worker.js', false],
    ['pagefind-highlight.js', false],
    ['pagefind-entry.json', false],
    ['wasm.en.pagefind', false],
    ['wasm.unknown.pagefind', false],
    ['pagefind.en_566b0a160e.pf_meta', false],
    ['pagefind-ui.js.map', false],
  ])('%s: %s', (name, unused) => {
    expect(unusedPagefindFiles([name])).toEqual(unused ? [name] : []);
  });
});
