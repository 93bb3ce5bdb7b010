// Where the handbook prints from: whole from /print/ up to 150 questions, then one topic a
// page, and a topic page links to the right one either way (under a base path too).
import { describe, expect, test } from 'vitest';
import { PRINT_ON_ONE_PAGE_UP_TO, printsByTopic, topicPrintHref } from '../../src/lib/print-pages.ts';
import { pagePaths } from '../../src/lib/site-paths.ts';

describe('printsByTopic', () => {
  test.each([
    [1, false],
    [50, false],
    [PRINT_ON_ONE_PAGE_UP_TO, false],
    [PRINT_ON_ONE_PAGE_UP_TO + 1, true],
    [5000, true],
  ])('%i questions: by topic %s', (questions, byTopic) => {
    expect(printsByTopic(questions)).toBe(byTopic);
  });
});

describe('topicPrintHref', () => {
  test.each([
    ['/', 50, '/print/#topic-detection'],
    ['/handbook/', 50, '/handbook/print/#topic-detection'],
    ['/', 5000, '/print/detection/'],
    ['/handbook/', 5000, '/handbook/print/detection/'],
  ])('under %s with %i questions: %s', (base, questions, expected) => {
    expect(topicPrintHref(pagePaths((path) => base + path), 'detection', questions)).toBe(expected);
  });
});
