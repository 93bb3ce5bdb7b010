import { describe, expect, it } from 'vitest';
import { suggestQuery, vocabularyOf } from '../../src/lib/search/suggest.ts';

// Most frequent first, as /search-terms.json lists them.
const vocabulary = vocabularyOf(
  ['the', 'network', 'segmentation', 'detection', 'anchor', 'boxes', 'maximum', 'suppression', 'non', 'quantization', 'distillation', 'backpropagation', 'unit', 'anchors', 'attention', 'mechanism', 'interpretability', 'knowledge', 'distilled'],
  ['unet', 'nms'],
);

describe('suggestQuery', () => {
  it.each([
    ['segmantation', 'segmentation'],
    ['anchr boxs', 'anchor boxes'],
    ['Distilation', 'distillation'],
    ['backpropogation', 'backpropagation'],
    ['non-maximun suppresion', 'non-maximum suppression'],
    ['atention?', 'attention?'],
    ['quantisation', undefined],
    ['unet', undefined],
    ['anchor boxes', undefined],
    ['xyzzyq', undefined],
    ['the netwrk', 'the network'],
    // The last word is left as typed while a word of the handbook starts with it: it may be unfinished.
    ['attension mechanism', 'attention mechanism'],
    ['attension mech', 'attention mech'],
    ['anchor segm', undefined],
    ['interpetability', 'interpretability'],
    ['interp', undefined],
    ['knowledge distilla', undefined],
  ])('%j -> %j', (query, expected) => {
    expect(suggestQuery(query, vocabulary)).toBe(expected);
  });

  it('prefers the more frequent of two equally near words', () => {
    expect(suggestQuery('anchoz', vocabulary)).toBe('anchor');
  });
});
