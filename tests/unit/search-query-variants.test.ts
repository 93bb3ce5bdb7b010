import { describe, expect, it } from 'vitest';
import { MAX_VARIANTS, queryVariants } from '../../src/lib/search/query-variants.ts';

const groups = [
  ['NMS', 'non-maximum suppression'],
  ['U-Net', 'unet'],
  ['explainability', 'interpretability'],
  ['CNN', 'convnet', 'convolutional neural network'],
  ['normalization', 'batch norm'],
];

describe('queryVariants', () => {
  it.each([
    ['anchor boxes', ['anchor boxes']],
    ['nms', ['nms', 'non-maximum suppression']],
    ['non maximum suppression', ['non maximum suppression', 'NMS']],
    ['Non-Maximum Suppression in YOLO', ['Non-Maximum Suppression YOLO', 'NMS YOLO']],
    ['unet', ['unet', 'U-Net']],
    ['U Net', ['U Net', 'unet']],
    ['quantisation', ['quantization', 'quantisation']],
    ['normalisation', ['normalisation', 'batch norm']],
    ['explainability of a cnn', ['explainability cnn', 'interpretability cnn', 'explainability convnet', 'interpretability convnet', 'explainability convolutional neural network', 'interpretability convolutional neural network']],
    ['what is the difference between', ['what is the difference between']],
    ['', []],
  ])('%j -> %j', (query, expected) => {
    expect(queryVariants(query, groups)).toEqual(expected);
  });

  it('never asks Pagefind more than MAX_VARIANTS times', () => {
    expect(queryVariants('nms unet cnn explainability quantisation', groups)).toHaveLength(MAX_VARIANTS);
  });
});
