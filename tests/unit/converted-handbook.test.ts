// The conversion's data reaches the data endpoints as the same JSON text, whatever characters it holds.
import { afterEach, describe, expect, it } from 'vitest';
import { convertedHandbookText, installConvertedHandbook } from '../../src/lib/converted-handbook.ts';

afterEach(() => installConvertedHandbook(undefined));

describe('the converted handbook, kept as bytes', () => {
  it.each([
    { name: 'ASCII', text: '{"questions":[{"n":1,"title":"What is an anchor box?"}]}' },
    { name: 'typographic quotes, dashes and accents', text: '{"title":"It’s “learned” — naïve café"}' },
    { name: 'characters outside the BMP and escapes', text: '{"raw":"𝛼 + β \\u0000 \\"quoted\\""}' },
  ])('$name: read back as the text installed', ({ text }) => {
    installConvertedHandbook(text);
    expect(convertedHandbookText()).toBe(text);
  });

  it('nothing installed: nothing to read', () => {
    expect(convertedHandbookText()).toBeUndefined();
  });
});
