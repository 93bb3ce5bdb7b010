import { describe, expect, it } from 'vitest';
import { linkPdf, pdfJobs } from '../../scripts/lib/pdf-link.ts';

const link = (size: string) =>
  `<span data-pdf-link> Or download it as a <a href="cv-interview-handbook.pdf" type="application/pdf">PDF (${size})</a>.</span>`;

describe('linkPdf', () => {
  it.each([
    ['an empty placeholder', '<p>Print it.<span data-pdf-link></span></p>', 2_345_678, `<p>Print it.${link('2.3 MB')}</p>`],
    ['a link from an earlier run', `<p>Print it.${link('9.9 MB')}</p>`, 1_000_000, `<p>Print it.${link('1.0 MB')}</p>`],
  ])('fills %s', (_, html, bytes, expected) => {
    expect(linkPdf(html, 'dist/index.html', bytes)).toBe(expected);
  });

  it.each([
    ['no placeholder', '<p>Print it.</p>', 0],
    ['two placeholders', '<span data-pdf-link></span><span data-pdf-link></span>', 2],
  ])('refuses a page with %s', (_, html, found) => {
    expect(() => linkPdf(html, 'dist/index.html', 1)).toThrow(`dist/index.html:1: expected one <span data-pdf-link> placeholder for the PDF link, found ${found}`);
  });

  it('links a PDF by the name it is given', () => {
    expect(linkPdf('<p>Print it.<span data-pdf-link></span></p>', 'dist/print/detection/index.html', 1_000_000, 'cv-interview-handbook-detection.pdf')).toBe(
      '<p>Print it.<span data-pdf-link> Or download it as a <a href="cv-interview-handbook-detection.pdf" type="application/pdf">PDF (1.0 MB)</a>.</span></p>',
    );
  });
});

describe('pdfJobs', () => {
  it.each([
    ['a handbook printed whole: one PDF, linked from the home page', [], [{ page: 'print/', pdf: 'cv-interview-handbook.pdf', linkedFrom: 'index.html' }]],
    [
      'a handbook printed one topic a page: a PDF beside each topic print page, linked from it',
      ['basics', 'models'],
      [
        { page: 'print/basics/', pdf: 'print/basics/cv-interview-handbook-basics.pdf', linkedFrom: 'print/basics/index.html' },
        { page: 'print/models/', pdf: 'print/models/cv-interview-handbook-models.pdf', linkedFrom: 'print/models/index.html' },
      ],
    ],
  ])('%s', (_, topics, expected) => {
    expect(pdfJobs(topics)).toEqual(expected);
  });
});
