import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { serveSite } from '../scripts/serve.ts';
const questions = parse(readFileSync('content/questions.yaml', 'utf8')) as Array<{ n: number; title: string }>;
const byTitle = new Map(questions.map((q) => [q.title, q.n]));
const cases = readFileSync(process.argv[2]!, 'utf8').trim().split('\n').map((l) => { const [q, e] = l.split('|'); return { q: q!.trim(), e: e!.split(',').map(Number) }; });
const server = await serveSite({ dir: 'dist', port: 4599, base: '/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await (await browser.newContext()).newPage();
let fails = 0;
for (const { q, e } of cases) {
  await page.goto(`http://127.0.0.1:4599/search/?q=${encodeURIComponent(q)}`);
  try {
    await page.locator('.search-result__page .search-result__title').first().waitFor({ timeout: 5000 });
    await page.locator('.search-panel__status').filter({ hasText: /results? for/ }).waitFor();
    await page.waitForFunction(() => document.querySelector('.search-panel__results')?.getAttribute('aria-busy') !== 'true');
  } catch { console.log('NO RESULTS', q); fails++; continue; }
  const titles = (await page.locator('.search-result__page .search-result__title').allTextContents()).slice(0, 3).map((t) => byTitle.get(t) ?? t);
  const ok = titles.some((n) => e.includes(n as number));
  if (!ok) fails++;
  const st = await page.locator('.search-panel__status').textContent();
  console.log(ok ? 'ok  ' : 'FAIL', q, '->', titles.join(','), ' want', e.join(','), ok && !st?.includes('not “') ? '' : `status: ${st}`);
}
console.log('fails', fails, 'of', cases.length);
await browser.close(); await server.close();
