// `npm run bench`: build time, page weight, search latency and growth to 5,000 questions.
// Prints a table and writes bench/results.json. Options: --sizes=50,500 (scale corpora), --runs=3,
// --sources=10 --coverage=0.7 (synthetic corpora with 10 sources, each answering a random 70% of the
// questions; written to bench/results-10x70.json), --starlight (Starlight built from the same questions beside each
// handbook: starlight.ts), --report (print the table again without measuring).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveSite } from '../scripts/serve.ts';
import { launchChromium } from './browser.ts';
import { medianBuild, round, STEPS, timeBuild, type BuildTiming } from './build-time.ts';
import { astroPhases, type AstroPhases } from './astro-phases.ts';
import { cardTimes, type CardTiming } from './card-time.ts';
import { distSize, INDEX_FOLDER, questionHtmlSize, type DistSize } from './dist-size.ts';
import { editOneCorrectionNote } from './edit-editorial.ts';
import { measurePageWeight, measureSearchBytes, type PageWeight, type Transfer } from './page-weight.ts';
import { measureSearchLatency, START_PAGE, type Latency } from './search-latency.ts';
import { measureStarlight, reportStarlight, type ComparedBuild } from './starlight.ts';
import { clearBuildCaches, makeRealWorkspace, makeWorkspace } from './workspace.ts';
import { cpuCounters, cpuSpentSince } from './cpu-figures.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const option = (name: string, fallback: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const SIZES = option('sizes', '50,500,5000').split(',').map(Number);
const RUNS = Number(option('runs', '3'));
const SHAPE = { sources: Number(option('sources', '5')), coverage: Number(option('coverage', '1')) };
const VARIANT = SHAPE.sources === 5 && SHAPE.coverage === 1 ? '' : `-${SHAPE.sources}x${Math.round(SHAPE.coverage * 100)}`;
const STARLIGHT = process.argv.includes('--starlight');
// Several checkouts on one machine each bench on a port of their own (BENCH_PORT).
const PORT = Number(process.env.BENCH_PORT ?? 4471);

const KIB = 1024;
const BUDGETS = {
  questionPageGzipKiB: 20,
  questionPageJsGzipKiB: 4,
  warmSearchMedianMs: 30,
  coldSearchMedianMs: 150,
  // Issue 13: search at 5,000 questions.
  largeFirstSearchKiB: 250,
  largeWarmSearchMedianMs: 60,
  realBuildSeconds: 20,
  coldBuildSeconds: 6,
  editedRebuildSeconds: 3.5,
  cardMs: 40,
  cardsAddedTo50Seconds: 2,
  distBytesPerQuestion: 40_000,
  // Issue 13: growth. 1.5 GB read as 1.5 × 10⁹ bytes, the stricter of GB and GiB.
  build500Seconds: 12,
  build5000Seconds: 90,
  peak5000Bytes: 1.5e9,
};

interface SiteMeasures {
  weights: PageWeight[];
  search: { first: Transfer; later: Transfer };
  latency: { cold: Latency; coldFromShortcut?: Latency; warm: Latency };
}

/** A question page of the synthetic corpora, where their searches start (the real handbook's START_PAGE is not in them). */
const SYNTHETIC_START_PAGE = 'questions/synthetic-question-1/';

async function measureSite(dist: string, pages: string[], startPage = START_PAGE): Promise<SiteMeasures> {
  const site = await serveSite({ dir: dist, port: PORT });
  // The server is closed even when Chromium fails to start: left open, it kept the bench from ever exiting.
  try {
    const browser = await launchChromium();
    try {
      const weights: PageWeight[] = [];
      for (const path of pages) weights.push(await measurePageWeight(browser, site.url, path));
      const search = await measureSearchBytes(browser, site.url, startPage, 'anchor boxes', 'quantization');
      const latency = await measureSearchLatency(browser, site.url, startPage);
      return { weights, search, latency };
    } finally {
      await browser.close();
    }
  } finally {
    await site.close();
  }
}

const astroLog = (name: string) => {
  mkdirSync(join(ROOT, 'bench', 'work'), { recursive: true });
  return join(ROOT, 'bench', 'work', `astro-${name}.log`);
};

/** A fresh clone's first build: no content store, converter record or card cache, so every page is converted and compiled and every card drawn. */
function timeColdBuild(dir: string, name: string): { build: BuildTiming; cards: CardTiming } {
  clearBuildCaches(dir);
  const build = timeBuild(dir, astroLog(name));
  return { build, cards: cardTimes(astroLog(name)) };
}

async function measureScale(n: number) {
  const name = `${n}${VARIANT}`;
  const workspace = makeWorkspace(ROOT, join(ROOT, 'bench', 'work', name), n, SHAPE);
  const { build, cards } = timeColdBuild(workspace.dir, name);
  const starlight = STARLIGHT ? measureStarlight(ROOT, workspace.dir, name, { runs: 1, edits: false, log: astroLog }) : undefined;
  const dist = join(workspace.dir, 'dist');
  const { search, latency } = await measureSite(dist, [], SYNTHETIC_START_PAGE);
  return {
    n,
    sourceBytes: workspace.sourceBytes,
    build,
    cards,
    perQuestionMs: round((build.total.seconds * 1000) / n, 1),
    astro: astroPhases(astroLog(name)),
    dist: distSize(dist),
    questionHtml: questionHtmlSize(dist, 'synthetic-question-1'),
    firstSearchBytes: search.first.bytes,
    firstSearchServedBytes: search.first.servedBytes,
    laterSearchBytes: search.later.bytes,
    latency,
    starlight,
  };
}

const kib = (bytes: number) => `${(bytes / KIB).toFixed(1)} KiB`;
// Budgets count the bytes of the files; the hosts compress text on the way, so a reader receives fewer (not in results written before).
const served = (bytes: number | undefined) => (bytes === undefined ? '' : ` (${kib(bytes)} as served)`);
const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
// Below this the host's share is within a quiet run's (a few tenths of a second over a whole run).
const STOLEN_WORTH_TELLING = 0.5;
/** What the host took from the machine during a build, when enough to slow it (cpu-figures.ts). */
const stolen = (build: BuildTiming | undefined) => {
  const seconds = build?.total.stolenSeconds ?? 0;
  return seconds >= STOLEN_WORTH_TELLING ? `; the host took ${seconds} CPU-s meanwhile, so it ran slower than on a quiet machine` : '';
};

/**
 * The CPU time a build used (cpu-figures.ts) and the time it would take with that work spread evenly over the cores: a
 * build near that figure is bound by its work, not by waiting (not in results written before session 28).
 */
const cpu = (build: BuildTiming | undefined, cores: number) => {
  const seconds = build?.total.cpuSeconds;
  return seconds === undefined ? '' : `; CPU ${seconds} s, ${round(seconds / cores, 1)} s over ${cores} cores`;
};

type Results = Awaited<ReturnType<typeof measureAll>>;

async function measureAll() {
  // Other work on the machine slows every figure: session 23's run on a busy evening read 16.9 s for a cold build that
  // took 12.5 s on a quiet morning. The load before the run says which kind of run it was.
  const loadBefore = loadavg().map((load) => round(load));
  const atStart = cpuCounters();
  console.log(`Load average before the run: ${loadBefore.join(' / ')} (1, 5, 15 min) on ${cpus().length} cores`);
  console.log(`Real handbook: ${RUNS} cold builds, ${RUNS - 1} rebuilds with nothing changed, ${RUNS} rebuilds after one edit...`);
  // A copy of the project, so that caches can be emptied and an editorial file edited without touching the checkout.
  const real = makeRealWorkspace(ROOT, join(ROOT, 'bench', 'work', 'real'));
  // Medians, cold and edited too: one run each differed by up to a fifth from the next on a shared machine.
  const colds = Array.from({ length: RUNS }, (_, i) => timeColdBuild(real, `real-cold-${i + 1}`));
  const runs: BuildTiming[] = [colds[RUNS - 1]!.build];
  for (let i = 1; i < RUNS; i++) runs.push(timeBuild(real, astroLog(`real-${i + 1}`)));
  const build = medianBuild(runs);
  // The last build's log: the last cold build's when it is the only run (--runs=1).
  const lastLog = astroLog(RUNS > 1 ? `real-${RUNS}` : `real-cold-${RUNS}`);
  const cards = { cold: colds[0]!.cards, warm: RUNS > 1 ? cardTimes(lastLog) : undefined };
  const output = {
    astro: astroPhases(lastLog),
    dist: distSize(join(real, 'dist')),
    questionHtml: questionHtmlSize(join(real, 'dist'), 'anchor-boxes'),
  };
  const edited = editOneCorrectionNote(join(real, 'content'), 'Reworded for the benchmark (1).');
  const edits = [timeBuild(real, astroLog('real-edited-1'))];
  for (let i = 2; i <= RUNS; i++) {
    editOneCorrectionNote(join(real, 'content'), `Reworded for the benchmark (${i}).`);
    edits.push(timeBuild(real, astroLog(`real-edited-${i}`)));
  }
  const rebuild = { file: edited.slice(real.length + 1), ...medianOf(edits) };
  const site = await measureSite(join(real, 'dist'), ['', 'topics/detection/', 'questions/anchor-boxes/', 'print/', 'practice/']);
  if (STARLIGHT) console.log(`Starlight: ${RUNS} cold builds and ${RUNS} rebuilds after one edit of the same questions...`);
  const starlight = STARLIGHT ? measureStarlight(ROOT, real, 'real', { runs: RUNS, edits: true, log: astroLog }) : undefined;

  const scale = [];
  for (const n of SIZES) {
    console.log(`Synthetic corpus: ${n} questions, ${SHAPE.sources} sources answering ${SHAPE.coverage * 100}% each...`);
    scale.push(await measureScale(n));
  }

  const { stolenSeconds } = cpuSpentSince(atStart);
  const machine = { cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), loadBefore, stolenSeconds };
  return { date: new Date().toISOString(), shape: SHAPE, machine, build, runs, cold: medianOf(colds.map((c) => c.build)), rebuild, cards, site, output, scale, starlight };
}

/** A median build and the runs it is the median of. */
const medianOf = (runs: BuildTiming[]) => ({ build: medianBuild(runs), runs });

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

  // Results written before the load was recorded have none.
  const { cores, memoryGiB, loadBefore, stolenSeconds } = results.machine as Omit<Results['machine'], 'loadBefore' | 'stolenSeconds'> & { loadBefore?: number[]; stolenSeconds?: number };
  const busy = loadBefore && loadBefore[0]! > cores / 2 ? ': other work was running, so these figures are slower than a quiet run\'s' : '';
  const host = stolenSeconds === undefined ? '' : `; the host took ${stolenSeconds} CPU-s from it during the run`;
  console.log(`Machine: ${cores} cores, ${memoryGiB} GiB${loadBefore ? `; load average before the run ${loadBefore.join(' / ')} (1, 5, 15 min)${busy}` : ''}${host}`);

  console.log('\nBuild (median of %d)   seconds   peak MiB', RUNS);
  // Results from before the offline step have no `offline` entry, nor those from before the one-process build a `headers` one;
  // since then only the total has a peak (one process).
  for (const step of STEPS.filter((key) => build[key])) console.log(`  ${step.padEnd(20)} ${String(build[step].seconds).padStart(7)}   ${build[step].peakMiB ?? ''}`);
  // Results written before the cold/edited split have no `rebuild`.
  const rebuild = results.rebuild as Results['rebuild'] | undefined;
  // Results written before cold builds and edited rebuilds were medians have one run of each (the cold one first in `runs`).
  const coldRuns = results.cold as Results['cold'] | undefined;
  const cold = coldRuns?.build.total.seconds ?? results.runs[0]!.total.seconds;
  const each = (runs: BuildTiming[] | undefined) => (runs && runs.length > 1 ? ` (median of ${runs.map((run) => run.total.seconds).join(', ')})` : '');
  console.log(`  cold build (empty caches) ${cold} s${each(coldRuns?.runs)}${cpu(coldRuns?.build, cores)}${stolen(coldRuns?.build)}`);
  console.log(`  rebuild after editing ${rebuild?.file ?? '(not measured)'}: ${rebuild?.build.total.seconds ?? '-'} s${each(rebuild?.runs as BuildTiming[] | undefined)}${cpu(rebuild?.build, cores)}${stolen(rebuild?.build)}`);
  console.log('\nPage weight            requests   HTML gz    CSS gz     JS gz      total gz   (raw total)');
  for (const w of site.weights) {
    console.log(`  /${w.path.padEnd(22)} ${String(w.total.requests).padStart(4)}   ${kib(w.html.gzipBytes).padStart(9)} ${kib(w.css.gzipBytes).padStart(9)} ${kib(w.js.gzipBytes).padStart(9)} ${kib(w.total.gzipBytes).padStart(9)}   (${kib(w.total.bytes)})`);
  }
  console.log(`  first search: ${site.search.first.requests} requests, ${kib(site.search.first.bytes)}${served(site.search.first.servedBytes)}; later search: ${site.search.later.requests} requests, ${kib(site.search.later.bytes)}${served(site.search.later.servedBytes)}`);
  // Warm searches are measured in several passes over the queries (not in results written before session 28).
  const passes = site.latency.warm.samples / site.latency.cold.samples;
  console.log(`\nSearch dialog latency (${site.latency.cold.samples} queries${passes > 1 ? `, warm ones ${passes} times` : ''})   median   p95`);
  console.log(`  cold, from the query's first keystroke ${String(site.latency.cold.medianMs).padStart(6)} ms ${String(site.latency.cold.p95Ms).padStart(5)} ms`);
  const shortcut = site.latency.coldFromShortcut;
  if (shortcut) console.log(`  cold, from Ctrl+K     ${String(shortcut.medianMs).padStart(6)} ms ${String(shortcut.p95Ms).padStart(5)} ms`);
  console.log(`  warm                 ${String(site.latency.warm.medianMs).padStart(6)} ms ${String(site.latency.warm.p95Ms).padStart(5)} ms`);
  const cardRow = (label: string, c: CardTiming) =>
    console.log(`  ${label.padEnd(20)} ${String(c.cards).padStart(5)}   ${String(c.totalMs).padStart(8)} ms   ${String(c.medianMs).padStart(6)} ms   ${String(c.maxMs).padStart(6)} ms`);
  // Results written before cards existed have no card timings.
  const cards = results.cards as Results['cards'] | undefined;
  if (cards) {
    console.log('\nPreview cards          cards      total   median/card   max');
    cardRow('drawn (first build)', cards.cold);
    if (cards.warm) cardRow('cached (last build)', cards.warm);
  }
  const shape = results.shape ?? { sources: 5, coverage: 1 };
  console.log(`\nSynthetic corpora: ${shape.sources} sources, each answering ${shape.coverage * 100}% of the questions`);
  console.log('Scale      build s   peak MiB   per question   marginal   dist          index        first search   cold / warm median   cards drawn');
  scale.forEach((s, i) => {
    const added = i === 0 ? '' : `${marginal[i - 1]} ms`;
    const dist = s.dist as DistSize | undefined;
    console.log(`  ${String(s.n).padEnd(6)} ${String(s.build.total.seconds).padStart(8)} ${String(s.build.total.peakMiB).padStart(10)}   ${String(s.perQuestionMs).padStart(8)} ms   ${added.padStart(8)}   ${(dist ? kib(dist.bytes) : '-').padStart(12)} ${(dist ? kib(dist.byFolder[INDEX_FOLDER] ?? 0) : '-').padStart(12)} ${kib(s.firstSearchBytes).padStart(12)}   ${s.latency.cold.medianMs} / ${s.latency.warm.medianMs} ms   ${s.cards ? `${s.cards.totalMs} ms (median ${s.cards.medianMs})` : ''}${cpu(s.build, cores)}${stolen(s.build)}`);
  });
  // Results written before dist/ was measured by file sizes have no output figures.
  const outputs = ([['real', results.output], ...scale.map((s) => [String(s.n), s])] as Array<[string, Results['output'] | undefined]>).filter(([, o]) => o?.dist);
  if (outputs.length > 0) console.log('\nOutput (file bytes)   dist/ per question, no index   question HTML raw / gzip   largest folders per question');
  for (const [label, output] of outputs) {
    const { dist, questionHtml } = output!;
    const perQuestion = (bytes: number) => kib(bytes / dist.questions);
    const largest = Object.entries(dist.byFolder).filter(([name]) => name !== INDEX_FOLDER).sort((a, b) => b[1] - a[1]).slice(0, 6);
    console.log(`  ${`${label} (${dist.questions} q)`.padEnd(20)} ${kib(dist.perQuestionBytes).padStart(12)}   ${kib(questionHtml.bytes).padStart(12)} / ${kib(questionHtml.gzipBytes).padEnd(10)}   ${largest.map(([name, bytes]) => `${name} ${perQuestion(bytes)}`).join(', ')}`);
  }
  if (outputs.length > 0) console.log('\nAstro build (last run)   bundle s   pages s   slowest routes (their pages together)');
  for (const [label, output] of outputs) {
    const astro = output!.astro as AstroPhases | undefined;
    if (astro) console.log(`  ${label.padEnd(22)} ${String(astro.bundleSeconds).padStart(8)}  ${String(astro.generateSeconds).padStart(8)}   ${astro.routes.map((r) => `${r.route} ${r.seconds} s (${r.pages})`).join(', ')}`);
  }
  // Results written without --starlight (all before session 29) have none.
  const { starlight } = results;
  const comparedReal: ComparedBuild[] = [
    ...(starlight ? [{ label: 'real handbook, cold', handbook: coldRuns?.build.total ?? build.total, starlight: starlight.cold.build }] : []),
    ...(starlight?.edited && rebuild ? [{ label: 'real handbook, after one edit', handbook: rebuild.build.total, starlight: starlight.edited.build }] : []),
  ];
  const comparedScale = scale.flatMap((s) => (s.starlight ? [{ label: `${s.n} questions, cold`, handbook: s.build.total, starlight: s.starlight.cold.build }] : []));
  reportStarlight([...comparedReal, ...comparedScale]);
  console.log('\nBudgets');
  console.log(`  question page <= ${BUDGETS.questionPageGzipKiB} KiB gzip        ${pageKiB} KiB   ${verdict(pageKiB <= BUDGETS.questionPageGzipKiB)}`);
  console.log(`  question page JS <= ${BUDGETS.questionPageJsGzipKiB} KiB gzip     ${jsKiB} KiB   ${verdict(jsKiB <= BUDGETS.questionPageJsGzipKiB)}`);
  console.log(`  warm search median <= ${BUDGETS.warmSearchMedianMs} ms         ${site.latency.warm.medianMs} ms   ${verdict(site.latency.warm.medianMs <= BUDGETS.warmSearchMedianMs)}`);
  console.log(`  cold search median <= ${BUDGETS.coldSearchMedianMs} ms (from the first keystroke) ${site.latency.cold.medianMs} ms   ${verdict(site.latency.cold.medianMs <= BUDGETS.coldSearchMedianMs)}`);
  console.log(`  real build <= ${BUDGETS.realBuildSeconds} s                  ${build.total.seconds} s   ${verdict(build.total.seconds <= BUDGETS.realBuildSeconds)}`);
  console.log(`  cold real build <= ${BUDGETS.coldBuildSeconds} s              ${cold} s   ${verdict(cold <= BUDGETS.coldBuildSeconds)}`);
  if (rebuild) console.log(`  rebuild after one edit <= ${BUDGETS.editedRebuildSeconds} s     ${rebuild.build.total.seconds} s   ${verdict(rebuild.build.total.seconds <= BUDGETS.editedRebuildSeconds)}`);
  // Issue 13: its 50-question budgets make the handbook faster than Starlight on the same content.
  for (const { label, handbook, starlight } of comparedReal) console.log(`  ${label} faster than Starlight's   ${handbook.seconds} s against ${starlight.seconds} s   ${verdict(handbook.seconds < starlight.seconds)}`);
  if (cards) {
    const { cold } = cards;
    console.log(`  preview card <= ${BUDGETS.cardMs} ms (median)       ${cold.medianMs} ms   ${verdict(cold.medianMs <= BUDGETS.cardMs)}`);
    console.log(`  cards add <= ${BUDGETS.cardsAddedTo50Seconds} s to the real build    ${round(cold.totalMs / 1000, 2)} s   ${verdict(cold.totalMs <= BUDGETS.cardsAddedTo50Seconds * 1000)}`);
  }
  const medium = scale.find((s) => s.n === 500);
  if (medium) console.log(`  500 q: build <= ${BUDGETS.build500Seconds} s               ${medium.build.total.seconds} s   ${verdict(medium.build.total.seconds <= BUDGETS.build500Seconds)}`);
  const large = scale.find((s) => s.n === 5000);
  if (large) {
    const { seconds, peakMiB } = large.build.total;
    console.log(`  5,000 q: build <= ${BUDGETS.build5000Seconds} s             ${seconds} s   ${verdict(seconds <= BUDGETS.build5000Seconds)}`);
    if (peakMiB !== undefined) {
      const peakBytes = peakMiB * KIB * KIB;
      console.log(`  5,000 q: peak memory <= ${BUDGETS.peak5000Bytes / 1e9} GB      ${round(peakBytes / 1e9, 2)} GB (${peakMiB} MiB)   ${verdict(peakBytes <= BUDGETS.peak5000Bytes)}`);
    }
    const firstKiB = round(large.firstSearchBytes / KIB, 1);
    console.log(`  5,000 q: first search <= ${BUDGETS.largeFirstSearchKiB} KiB   ${firstKiB} KiB${served(large.firstSearchServedBytes)}   ${verdict(firstKiB <= BUDGETS.largeFirstSearchKiB)}`);
    console.log(`  5,000 q: warm search median <= ${BUDGETS.largeWarmSearchMedianMs} ms   ${large.latency.warm.medianMs} ms   ${verdict(large.latency.warm.medianMs <= BUDGETS.largeWarmSearchMedianMs)}`);
  }
  const flatness = marginal.length < 2 ? 'needs three corpus sizes' : `marginal ${marginal.join(' / ')} ms   ${verdict(!grows)}`;
  console.log(`  build time per question flat in N   ${flatness}`);
  for (const [label, output] of outputs) {
    const bytes = output!.dist.perQuestionBytes;
    console.log(`  dist/ <= 40 KB a question (${label})   ${(bytes / 1000).toFixed(1)} KB   ${verdict(bytes <= BUDGETS.distBytesPerQuestion)}`);
  }
}

async function main() {
  const file = join(ROOT, 'bench', `results${VARIANT}.json`);
  if (process.argv.includes('--report')) {
    report(JSON.parse(readFileSync(file, 'utf8')) as Results);
    return;
  }
  const results = await measureAll();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  report(results);
  console.log(`\nWrote bench/results${VARIANT}.json`);
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
