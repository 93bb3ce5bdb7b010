// The home page links the handbook's PDF only once `npm run pdf` has made it: the page carries an empty
// placeholder, and this fills it (again, if the PDF is made again) with a link that gives the file's size.

export const PDF_FILE = 'cv-interview-handbook.pdf';
const PLACEHOLDER = /<span data-pdf-link>[\s\S]*?<\/span>/g;

function megabytes(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/** The home page's HTML with the PDF link filled in; an error names the page when it has no single placeholder. */
export function linkPdf(html: string, page: string, bytes: number): string {
  const found = html.match(PLACEHOLDER)?.length ?? 0;
  if (found !== 1) throw new Error(`${page}:1: expected one <span data-pdf-link> placeholder for the PDF link, found ${found}`);
  return html.replace(
    PLACEHOLDER,
    `<span data-pdf-link> Or download it as a <a href="${PDF_FILE}" type="application/pdf">PDF (${megabytes(bytes)})</a>.</span>`,
  );
}
