import { describe, expect, it } from 'vitest';
import { americanSpelling } from '../../src/lib/search/spelling.ts';

describe('americanSpelling', () => {
  it.each([
    ['quantisation', 'quantization'], ['optimise', 'optimize'], ['optimisers', 'optimizers'], ['normalising', 'normalizing'],
    ['regularised', 'regularized'], ['emphasises', 'emphasizes'], ['initialisations', 'initializations'], ['visualise', 'visualize'],
    ['colour', 'color'], ['colours', 'colors'], ['colourisation', 'colorization'], ['behaviour', 'behavior'],
    ['neighbourhood', 'neighborhood'], ['favourite', 'favorite'], ['analyse', 'analyze'], ['analysing', 'analyzing'],
    ['centre', 'center'], ['centred', 'centered'], ['fibres', 'fibers'], ['modelling', 'modeling'], ['labelled', 'labeled'],
    ['grey', 'gray'], ['defence', 'defense'], ['Quantisation', 'quantization'],
  ])('%s -> %s', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
  });

  // Words that only look British: no rule may touch them.
  it.each([
    'noise', 'denoising', 'supervised', 'unsupervised', 'precise', 'exercise', 'promising', 'otherwise', 'depthwise',
    'raise', 'praised', 'surprise', 'compromise', 'expertise', 'advertising', 'four', 'hour', 'your', 'source', 'course',
    'contour', 'analyses', 'genre', 'metric', 'filling', 'controlled', 'spelled', 'quantization', 'color', 'macabre',
  ])('%s stays as it is', (word) => {
    expect(americanSpelling(word)).toBe(word);
  });
});
