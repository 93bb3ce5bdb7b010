// The `test` every end-to-end spec uses: Playwright's, plus a watch on each page for Content-Security-Policy
// violations, console errors, uncaught exceptions, failed requests and requests that leave the site's
// origin. Any of them fails the test that caused it. Pages are served with the production headers
// (scripts/serve.ts and public/_headers), so whatever a feature does that the CSP blocks shows up here.
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

export interface PageProblems {
  /** Problems seen so far; checked automatically at the end of each test. */
  list: string[];
  /** Stop watching (for a test that provokes errors on purpose). */
  ignore(): void;
}

/** Reports every CSP violation as a console error, with what was blocked and which directive blocked it. */
async function reportViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}${where}`);
    });
  });
}

function watch(page: Page, problems: string[]): void {
  // A page that answers 404 on purpose (the not-found page) makes the browser log its status as an error.
  const notFoundPages = new Set<string>();
  page.on('response', (response) => {
    if (response.status() === 404 && response.request().isNavigationRequest()) notFoundPages.add(response.url());
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (notFoundPages.has(message.location().url) && /status of 404/.test(message.text())) return;
    problems.push(`console error on ${page.url()}: ${message.text()}`);
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

const PROBLEMS = 'CSP violations, console errors, exceptions or off-origin requests';

export const test = base.extend<{ problems: PageProblems; sharedPage: Page }, { workerPage: { page: Page; problems: string[] } }>({
  problems: [
    async ({ context }, use) => {
      const list: string[] = [];
      let watching = true;
      await reportViolations(context);
      context.on('page', (page) => watch(page, list));
      for (const page of context.pages()) watch(page, list);
      await use({ list, ignore: () => (watching = false) });
      if (watching) expect(list, PROBLEMS).toEqual([]);
    },
    { auto: true },
  ],
  workerPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, colorScheme } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, colorScheme });
      await reportViolations(context);
      const page = await context.newPage();
      const problems: string[] = [];
      watch(page, problems);
      await use({ page, problems });
      await context.close();
    },
    { scope: 'worker' },
  ],
  // One page for all the tests of a worker that ask for it, each of which loads a new document into it: nothing of
  // one test's scripts is left for the next, only the browser's cache, and a page load costs a third of a new page's.
  // Its problems are checked a test at a time (a failed test ends the worker, and the page with it).
  sharedPage: async ({ workerPage }, use) => {
    const before = workerPage.problems.length;
    await use(workerPage.page);
    expect(workerPage.problems.slice(before), PROBLEMS).toEqual([]);
  },
});

export { expect };
