// Where the handbook prints from. A small handbook prints whole from one page, /print/. Past a size one page is
// more than a browser prints (120 MB of HTML at 5,000 questions) and than a build holds in memory (it is
// rendered whole, several times over), so /print/ lists the topics and each prints from a page of its own,
// /print/<topic>/.

/**
 * Up to this many questions the whole handbook prints from one page. The real handbook's 50 make a 1.5 MiB
 * page; 150 make ~4.5 MiB, about what a browser's print preview still lays out in seconds.
 */
export const PRINT_ON_ONE_PAGE_UP_TO = 150;

/** Whether the handbook prints one topic a page (true) or whole from /print/ (false). */
export function printsByTopic(questionCount: number): boolean {
  return questionCount > PRINT_ON_ONE_PAGE_UP_TO;
}

/** The site paths print pages are reached by (site-paths.ts's pagePaths fits). */
export interface PrintPaths {
  print(): string;
  printTopic(id: string): string;
}

/** Where a topic prints: its own page in a large handbook, its part of the whole handbook's page in a small one. */
export function topicPrintHref(paths: PrintPaths, topicId: string, questionCount: number): string {
  return printsByTopic(questionCount) ? paths.printTopic(topicId) : `${paths.print()}#topic-${topicId}`;
}
