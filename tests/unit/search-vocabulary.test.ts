import { describe, expect, it } from 'vitest';
import { vocabulary, wordsOf } from '../../scripts/lib/search-vocabulary.ts';

describe('search vocabulary', () => {
  it.each([
    ['Non-maximum suppression (NMS) in 2015', ['non', 'maximum', 'suppression', 'nms']],
    ['INT8 quantization, 8-bit', ['int8', 'quantization', 'bit']],
    ['a an of U-Net', ['net']],
  ])('words of %j', (text, expected) => {
    expect(wordsOf(text)).toEqual(expected);
  });

  it('lists words most frequent first, ties alphabetically', () => {
    expect(vocabulary(['anchor boxes anchor', 'boxes zebra anchor', 'apple'])).toEqual(['anchor', 'boxes', 'apple', 'zebra']);
  });
});
