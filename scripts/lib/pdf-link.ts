// A page links its PDF only once `npm run pdf` has made it: the page carries an empty placeholder, and this
// fills it (again, if the PDF is made again) with a link that gives the file's size. The home page links the
// whole handbook's PDF; in a handbook that prints one topic a page, each topic's print page links its own.

export const PDF_FILE = 'cv-interview-handbook.pdf';

/** One PDF to make: the print page it renders, the file it writes and the page that links it (paths in dist/). */
export interface PdfJob {
  page: string;
  pdf: string;
  linkedFrom: string;
}

/** The PDFs of a built site, given the topics that have print pages of their own (none in a small handbook). */
export function pdfJobs(printTopics: string[]): PdfJob[] {
  if (printTopics.length === 0) return [{ page: 'print/', pdf: PDF_FILE, linkedFrom: 'index.html' }];
  return printTopics.map((topic) => ({
    page: `print/${topic}/`,
    pdf: `print/${topic}/cv-interview-handbook-${topic}.pdf`,
    linkedFrom: `print/${topic}/index.html`,
  }));
}
const PLACEHOLDER = /<span data-pdf-link>[\s\S]*?<\/span>/g;

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** The page's HTML with the link to `file` (a name beside the page) filled in; an error names the page when it has no single placeholder. */
export function linkPdf(html: string, page: string, bytes: number, file = PDF_FILE): string {
  const found = html.match(PLACEHOLDER)?.length ?? 0;
  if (found !== 1) throw new Error(`${page}:1: expected one <span data-pdf-link> placeholder for the PDF link, found ${found}`);
  return html.replace(
    PLACEHOLDER,
    `<span data-pdf-link> Or download it as a <a href="${file}" type="application/pdf">PDF (${megabytes(bytes)})</a>.</span>`,
  );
}
