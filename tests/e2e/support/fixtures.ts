// The `test` every end-to-end spec uses: Playwright's, plus a watch on each page for console errors,
// uncaught exceptions, failed requests and requests that leave the site's origin. Any of them fails
// the test that caused it.
import { test as base, expect, type Page } from '@playwright/test';

export interface PageProblems {
  /** Problems seen so far; checked automatically at the end of each test. */
  list: string[];
  /** Stop watching (for a test that provokes errors on purpose). */
  ignore(): void;
}

function watch(page: Page, problems: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception on ${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A navigation that a newer one replaced is not a failure of the site.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['http:', 'https:'].includes(url.protocol)) return;
    if (url.hostname !== '127.0.0.1') problems.push(`request left the origin: ${request.url()} (from ${page.url()})`);
  });
}

export const test = base.extend<{ problems: PageProblems }>({
  problems: [
    async ({ context }, use) => {
      const list: string[] = [];
      let watching = true;
      context.on('page', (page) => watch(page, list));
      for (const page of context.pages()) watch(page, list);
      await use({ list, ignore: () => (watching = false) });
      if (watching) expect(list, 'console errors, exceptions or off-origin requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
