// `npm run pdf`: renders the print page of the built site (dist/) to dist/cv-interview-handbook.pdf with
// Playwright's Chromium, then links the PDF from the home page. Run it after `npm run build`, with the
// build's BASE_PATH and SITE_URL. Options: --dist=DIR (default dist).
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { site } from '../astro.config.mjs';
import { normaliseBase } from './lib/base-path.ts';
import { linkPdf, PDF_FILE } from './lib/pdf-link.ts';

const dist = resolve(process.argv.find((arg) => arg.startsWith('--dist='))?.slice('--dist='.length) ?? 'dist');
const base = normaliseBase(process.env.BASE_PATH);
const printPage = new URL(`${base}print/`, site);
const output = join(dist, PDF_FILE);
const home = join(dist, 'index.html');

/** The file in dist/ a URL of the published site names (a directory serves its index.html). */
function fileFor(url: URL): string | undefined {
  if (url.origin !== printPage.origin || !url.pathname.startsWith(base)) return undefined;
  const path = decodeURIComponent(url.pathname.slice(base.length));
  return join(dist, path.endsWith('/') || path === '' ? `${path}index.html` : path);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  // The page loads as if from the published site, so the links the PDF prints are the site's own; every
  // request is answered from dist/ and none leaves the machine.
  await page.route('**/*', async (route) => {
    const file = fileFor(new URL(route.request().url()));
    await (file ? route.fulfill({ path: file }).catch(() => route.fulfill({ status: 404 })) : route.abort());
  });
  const response = await page.goto(printPage.href, { waitUntil: 'networkidle' });
  if (!response?.ok()) throw new Error(`${join(dist, 'print', 'index.html')}: the print page did not load (${response?.status()}); run npm run build first`);
  // page.pdf() prints without a beforeprint event, which is when the page writes link targets out.
  await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
  await page.pdf({
    path: output,
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
  await browser.close();
}
const { size } = await stat(output);
await writeFile(home, linkPdf(await readFile(home, 'utf8'), home, size));
console.log(`pdf: wrote ${output} (${(size / 1e6).toFixed(1)} MB) and linked it from ${home}`);
