// `npm run bench`: build time, page weight, search latency and growth to 5,000 questions.
// Prints a table and writes bench/results.json. Options: --sizes=50,500 (scale corpora), --runs=3,
// --report (print the table again from bench/results.json without measuring).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../tests/e2e/support/static-server.ts';
import { launchChromium } from './browser.ts';
import { medianBuild, round, timeBuild, type BuildTiming } from './build-time.ts';
import { measurePageWeight, measureSearchBytes, type PageWeight, type Transfer } from './page-weight.ts';
import { measureSearchLatency, START_PAGE, type Latency } from './search-latency.ts';
import { makeWorkspace } from './workspace.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const option = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const SIZES = option('sizes', '50,500,5000').split(',').map(Number);
const RUNS = Number(option('runs', '3'));
// Several worktrees may benchmark at once: BENCH_PORT gives each its own.
const PORT = Number(process.env.BENCH_PORT ?? 4471);

const KIB = 1024;
const BUDGETS = {
  questionPageGzipKiB: 60,
  questionPageJsGzipKiB: 10,
  warmSearchMedianMs: 30,
  coldSearchMedianMs: 150,
  realBuildSeconds: 20,
};

interface SiteMeasures {
  weights: PageWeight[];
  search: { first: Transfer; later: Transfer };
  latency: { cold: Latency; warm: Latency };
}

function duBytes(path: string): number {
  return Number(execFileSync('du', ['-sb', path], { encoding: 'utf8' }).split('\t')[0]);
}

async function measureSite(dist: string, pages: string[]): Promise<SiteMeasures> {
  const site = await serveStatic(dist, PORT, '/');
  const browser = await launchChromium();
  try {
    const weights: PageWeight[] = [];
    for (const path of pages) weights.push(await measurePageWeight(browser, site.url, path));
    const search = await measureSearchBytes(browser, site.url, START_PAGE, 'anchor boxes', 'quantization');
    const latency = await measureSearchLatency(browser, site.url);
    return { weights, search, latency };
  } finally {
    await browser.close();
    await site.close();
  }
}

async function measureScale(n: number) {
  const workspace = makeWorkspace(ROOT, join(ROOT, 'bench', 'work', String(n)), n);
  const build = timeBuild(workspace.dir);
  const dist = join(workspace.dir, 'dist');
  const { search, latency } = await measureSite(dist, []);
  return {
    n,
    sourceBytes: workspace.sourceBytes,
    build,
    perQuestionMs: round((build.total.seconds * 1000) / n, 1),
    distBytes: duBytes(dist),
    indexBytes: duBytes(join(dist, 'pagefind')),
    firstSearchBytes: search.first.bytes,
    laterSearchBytes: search.later.bytes,
    latency,
  };
}

const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');

type Results = Awaited<ReturnType<typeof measureAll>>;

async function measureAll() {
  console.log(`Real handbook: ${RUNS} builds...`);
  const runs: BuildTiming[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(timeBuild(ROOT));
  const build = medianBuild(runs);
  const site = await measureSite(join(ROOT, 'dist'), ['', 'topics/detection/', 'questions/anchor-boxes/']);

  const scale = [];
  for (const n of SIZES) {
    console.log(`Synthetic corpus: ${n} questions...`);
    scale.push(await measureScale(n));
  }

  return { date: new Date().toISOString(), machine: { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30) }, build, runs, site, scale };
}

/** Build time added by each extra question between two corpus sizes: flat when the build is linear in N. */
function marginalMs(scale: Results['scale']): number[] {
  return scale.slice(1).map((s, i) => round(((s.build.total.seconds - scale[i]!.build.total.seconds) * 1000) / (s.n - scale[i]!.n), 1));
}

function report(results: Results): void {
  const { build, site, scale } = results;
  const RUNS = results.runs.length;
  const question = site.weights[2]!;
  const marginal = marginalMs(scale);
  const pageKiB = round(question.total.gzipBytes / KIB, 1);
  const jsKiB = round(question.js.gzipBytes / KIB, 1);
  // Start-up cost dominates the average at small N, so growth is judged on the marginal cost per question.
  const grows = marginal.some((ms, i) => i > 0 && ms > marginal[i - 1]! * 1.25);

  console.log('\nBuild (median of %d)   seconds   peak MiB', RUNS);
  for (const step of ['convert', 'astro', 'pagefind', 'total'] as const) console.log(`  ${step.padEnd(20)} ${String(build[step].seconds).padStart(7)}   ${build[step].peakMiB}`);
  console.log('\nPage weight            requests   HTML gz    CSS gz     JS gz      total gz   (raw total)');
  for (const w of site.weights) {
    console.log(`  /${w.path.padEnd(22)} ${String(w.total.requests).padStart(4)}   ${kib(w.html.gzipBytes).padStart(9)} ${kib(w.css.gzipBytes).padStart(9)} ${kib(w.js.gzipBytes).padStart(9)} ${kib(w.total.gzipBytes).padStart(9)}   (${kib(w.total.bytes)})`);
  }
  console.log(`  first search: ${site.search.first.requests} requests, ${kib(site.search.first.bytes)}; later search: ${site.search.later.requests} requests, ${kib(site.search.later.bytes)}`);
  console.log(`\nSearch dialog latency (${site.latency.warm.samples} queries)   median   p95`);
  console.log(`  cold                 ${String(site.latency.cold.medianMs).padStart(6)} ms ${String(site.latency.cold.p95Ms).padStart(5)} ms`);
  console.log(`  warm                 ${String(site.latency.warm.medianMs).padStart(6)} ms ${String(site.latency.warm.p95Ms).padStart(5)} ms`);
  console.log('\nScale      build s   peak MiB   per question   marginal   dist          index        first search   cold / warm median');
  scale.forEach((s, i) => {
    const added = i === 0 ? '' : `${marginal[i - 1]} ms`;
    console.log(`  ${String(s.n).padEnd(6)} ${String(s.build.total.seconds).padStart(8)} ${String(s.build.total.peakMiB).padStart(10)}   ${String(s.perQuestionMs).padStart(8)} ms   ${added.padStart(8)}   ${kib(s.distBytes).padStart(12)} ${kib(s.indexBytes).padStart(12)} ${kib(s.firstSearchBytes).padStart(12)}   ${s.latency.cold.medianMs} / ${s.latency.warm.medianMs} ms`);
  });
  console.log('\nBudgets');
  console.log(`  question page <= ${BUDGETS.questionPageGzipKiB} KiB gzip        ${pageKiB} KiB   ${verdict(pageKiB <= BUDGETS.questionPageGzipKiB)}`);
  console.log(`  question page JS <= ${BUDGETS.questionPageJsGzipKiB} KiB gzip     ${jsKiB} KiB   ${verdict(jsKiB <= BUDGETS.questionPageJsGzipKiB)}`);
  console.log(`  warm search median <= ${BUDGETS.warmSearchMedianMs} ms         ${site.latency.warm.medianMs} ms   ${verdict(site.latency.warm.medianMs <= BUDGETS.warmSearchMedianMs)}`);
  console.log(`  cold search median <= ${BUDGETS.coldSearchMedianMs} ms        ${site.latency.cold.medianMs} ms   ${verdict(site.latency.cold.medianMs <= BUDGETS.coldSearchMedianMs)}`);
  console.log(`  real build <= ${BUDGETS.realBuildSeconds} s                  ${build.total.seconds} s   ${verdict(build.total.seconds <= BUDGETS.realBuildSeconds)}`);
  const flatness = marginal.length < 2 ? 'needs three corpus sizes' : `marginal ${marginal.join(' / ')} ms   ${verdict(!grows)}`;
  console.log(`  build time per question flat in N   ${flatness}`);
}

async function main() {
  const file = join(ROOT, 'bench', 'results.json');
  if (process.argv.includes('--report')) {
    report(JSON.parse(readFileSync(file, 'utf8')) as Results);
    return;
  }
  const results = await measureAll();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  report(results);
  console.log('\nWrote bench/results.json');
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
