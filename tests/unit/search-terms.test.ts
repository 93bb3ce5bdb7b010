import { describe, expect, it } from 'vitest';
import { searchTerms } from '../../src/lib/search/search-terms.ts';

describe('searchTerms', () => {
  it.each([
    ['pytorch vs tensorflow', 'pytorch tensorflow'],
    ['What is the difference between semantic and instance segmentation?', 'semantic instance segmentation?'],
    ['YOLO versus Faster R-CNN', 'YOLO Faster R-CNN'],
    ['anchor boxes', 'anchor boxes'],
    ['  how does   backpropagation work ', 'backpropagation work'],
    ['what is', 'what is'],
  ])('%j -> %j', (query, expected) => {
    expect(searchTerms(query)).toBe(expected);
  });
});
