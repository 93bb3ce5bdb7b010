// `npm run pdf`: renders the print page of the built site (dist/) to dist/cv-interview-handbook.pdf with
// Playwright's Chromium, then links the PDF from the home page. A handbook too large to print whole prints one
// topic a page (src/lib/print-pages.ts): then each topic's print page gets its PDF beside it, linked from it.
// Run it after `npm run build`, with the build's BASE_PATH and SITE_URL. Options: --dist=DIR (default dist).
import { existsSync, readdirSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';
import { site } from '../astro.config.mjs';
import { normaliseBase } from './lib/base-path.ts';
import { linkPdf, pdfJobs, type PdfJob } from './lib/pdf-link.ts';

const dist = resolve(process.argv.find((arg) => arg.startsWith('--dist='))?.slice('--dist='.length) ?? 'dist');
const base = normaliseBase(process.env.BASE_PATH);
const origin = new URL(site).origin;

/** The file in dist/ a URL of the published site names (a directory serves its index.html). */
function fileFor(url: URL): string | undefined {
  if (url.origin !== origin || !url.pathname.startsWith(base)) return undefined;
  const path = decodeURIComponent(url.pathname.slice(base.length));
  return join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

/** Topics with a print page of their own (print/<topic>/index.html). */
function printTopics(): string[] {
  const print = join(dist, 'print');
  if (!existsSync(print)) return [];
  const dirs = readdirSync(print, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return dirs.map((entry) => entry.name).filter((name) => existsSync(join(print, name, 'index.html')));
}

async function renderPdf(browser: Browser, job: PdfJob): Promise<void> {
  const printPage = new URL(`${base}${job.page}`, site);
  const page = await browser.newPage();
  try {
    // The page loads as if from the published site, so the links the PDF prints are the site's own; every
    // request is answered from dist/ and none leaves the machine.
    await page.route('**/*', async (route) => {
      const file = fileFor(new URL(route.request().url()));
      await (file ? route.fulfill({ path: file }).catch(() => route.fulfill({ status: 404 })) : route.abort());
    });
    const response = await page.goto(printPage.href, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${join(dist, job.page, 'index.html')}: the print page did not load (${response?.status()}); run npm run build first`);
    // page.pdf() prints without a beforeprint event, which is when the page writes link targets out.
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    await page.pdf({
      path: join(dist, job.pdf),
      format: 'A4',
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
      printBackground: true,
      outline: true,
      tagged: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: '<div style="width:100%;font-size:8pt;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
  } finally {
    await page.close();
  }
  const { size } = await stat(join(dist, job.pdf));
  const linkedFrom = join(dist, job.linkedFrom);
  await writeFile(linkedFrom, linkPdf(await readFile(linkedFrom, 'utf8'), linkedFrom, size, basename(job.pdf)));
  console.log(`pdf: wrote ${join(dist, job.pdf)} (${(size / 1e6).toFixed(1)} MB) and linked it from ${linkedFrom}`);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const job of pdfJobs(printTopics())) await renderPdf(browser, job);
} finally {
  await browser.close();
}
