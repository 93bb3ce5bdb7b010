// `npm run bench -- --starlight`: the Starlight reference built beside each handbook the bench builds, on the same
// machine in the same run. Issue 13 set its build budgets against Starlight 0.37.7 on another machine; machines here
// differ by a fifth and more from one session to the next, so the handbook is compared with Starlight as measured now.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { medianStep, round, timeAstroBuild, type StepTiming } from './build-time.ts';
import { editOneStarlightCorrection, makeStarlightWorkspace } from './starlight-workspace.ts';
import { clearBuildCaches } from './workspace.ts';

export interface StarlightRuns {
  /** The runs' median (medianStep). */
  build: StepTiming;
  runs: StepTiming[];
}

const medianRuns = (runs: StepTiming[]): StarlightRuns => ({ build: medianStep(runs), runs });

export interface StarlightMeasures {
  pages: number;
  cold: StarlightRuns;
  /** After one correction reworded (only for the real handbook). */
  edited?: StarlightRuns;
}

/**
 * Builds the Starlight site of a built handbook copy (`handbookDir`, whose dist/handbook.json gives the questions):
 * `runs` cold builds, and as many rebuilds after one correction reworded when `edits` is set.
 */
export function measureStarlight(projectRoot: string, handbookDir: string, name: string, options: { runs: number; edits: boolean; log: (name: string) => string }): StarlightMeasures {
  const { dir, pages } = makeStarlightWorkspace(projectRoot, join(projectRoot, 'bench', 'work', `starlight-${name}`), join(handbookDir, 'dist', 'handbook.json'));
  const cold = Array.from({ length: options.runs }, (_, i) => {
    clearBuildCaches(dir);
    return timeAstroBuild(dir, options.log(`starlight-${name}-cold-${i + 1}`));
  });
  const edited = Array.from({ length: options.edits ? options.runs : 0 }, (_, i) => {
    editOneStarlightCorrection(dir, `Reworded for the benchmark (${i + 1}).`);
    return timeAstroBuild(dir, options.log(`starlight-${name}-edited-${i + 1}`));
  });
  // Each page lists every page in its sidebar: 79 MB of output at 500 questions, 5.7 GB at 5,000.
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  return { pages, cold: medianRuns(cold), ...(edited.length > 0 ? { edited: medianRuns(edited) } : {}) };
}

export interface ComparedBuild {
  label: string;
  handbook: StepTiming;
  starlight: StepTiming;
}

const seconds = (timing: StepTiming) => `${timing.seconds} s${timing.cpuSeconds === undefined ? '' : `, CPU ${timing.cpuSeconds} s`}${timing.peakMiB === undefined ? '' : `, ${timing.peakMiB} MiB`}`;

/** The handbook's builds beside Starlight's, each with the CPU time it used and its peak memory. */
export function reportStarlight(rows: ComparedBuild[]): void {
  if (rows.length === 0) return;
  console.log('\nStarlight 0.37.7 on the same questions, this machine   handbook                           Starlight                          handbook / Starlight');
  for (const { label, handbook, starlight } of rows) {
    console.log(`  ${label.padEnd(52)} ${seconds(handbook).padEnd(34)} ${seconds(starlight).padEnd(34)} ${round(handbook.seconds / starlight.seconds)}`);
  }
}
