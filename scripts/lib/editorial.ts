// Validates an editorial file against the answers it talks about and locates every quoted span.
import { checkClaimIds, repeatedIds, type PublishedClaims } from './claim-ids.ts';
import { ContentError, ContentErrors } from './errors.ts';
import { inlineRuns, sameLocation, type InlineLocation } from './render-blocks.ts';
import { editorialSchema, type Answer, type Correction, type Editorial, type SourceId } from './schema.ts';
import { parseYamlFile, type LocatedYaml } from './yaml-file.ts';

export interface FlagSpan {
  id: number;
  kind: Correction['kind'];
  location: InlineLocation;
  start: number;
  end: number;
}

/** What an earlier conversion published for a correction id; an id may never be given to another quote. */
export interface PublishedCorrection {
  id: number;
  source: string;
  quote: string;
}

export interface EditorialContext {
  file: string;
  question: number;
  answers: ReadonlyMap<SourceId, Answer>;
  /** Every source in sources.yaml, with its label: an editorial file may only name sources that answer the question. */
  labels: ReadonlyMap<SourceId, string>;
  referenceKeys: ReadonlySet<string>;
  published: Published;
}

/** What the committed page of this question published: ids in it are never given to another claim. */
export interface Published extends PublishedClaims {
  corrections: readonly PublishedCorrection[];
}

export interface ValidEditorial {
  editorial: Editorial;
  flags: Map<SourceId, FlagSpan[]>;
}

const NEEDS_REFERENCE = new Set(['factual', 'outdated']);

export function parseEditorial(text: string, context: EditorialContext): ValidEditorial {
  const located = parseYamlFile(context.file, text, editorialSchema);
  const errors: ContentError[] = [];
  const flags = new Map<SourceId, FlagSpan[]>();
  const fail = (path: Array<string | number>, message: string) => errors.push(new ContentError(context.file, located.lineOf(path), message));
  const { data } = located;

  if (data.question !== context.question) {
    fail(['question'], `question is ${data.question} but the file is for question ${context.question}`);
  }
  checkIds(located, fail, context);
  checkClaimIds(located, context.published, fail);
  checkSources(located, fail, context);
  data.corrections.forEach((correction, i) => {
    if (NEEDS_REFERENCE.has(correction.kind) && correction.refs.length === 0) {
      fail(['corrections', i, 'kind'], `correction ${correction.id} is ${correction.kind} but cites no reference (add refs: [key] from content/references.yaml)`);
    }
    correction.refs.forEach((key, r) => {
      if (!context.referenceKeys.has(key)) fail(['corrections', i, 'refs', r], `unknown reference "${key}" (not in content/references.yaml)`);
    });
    const answer = context.answers.get(correction.source);
    if (!answer) return; // reported by checkSources
    const span = locateQuote(answer, correction, context.labels.get(correction.source)!);
    if (typeof span === 'string') {
      fail(['corrections', i, 'quote'], span);
      return;
    }
    const spans = flags.get(correction.source) ?? [];
    const overlapping = spans.find((s) => sameLocation(s.location, span.location) && s.start < span.end && span.start < s.end);
    if (overlapping) {
      fail(['corrections', i, 'quote'], `quote of correction ${correction.id} overlaps the quote of correction ${overlapping.id} in ${context.labels.get(correction.source)}'s answer`);
      return;
    }
    flags.set(correction.source, [...spans, span]);
  });
  if (errors.length > 0) throw new ContentErrors(errors);
  return { editorial: data, flags };
}

function checkIds(located: LocatedYaml<Editorial>, fail: (path: Array<string | number>, message: string) => void, { published, labels }: EditorialContext): void {
  const { corrections } = located.data;
  for (const { index, first } of repeatedIds(corrections.map((c) => c.id))) {
    fail(['corrections', index, 'id'], `duplicate correction id ${corrections[index]!.id} (also used at line ${located.lineOf(['corrections', first, 'id'])})`);
  }
  corrections.forEach((correction, i) => {
    const earlier = published.corrections.find((p) => p.id === correction.id);
    if (earlier && (earlier.source !== correction.source || earlier.quote !== correction.quote)) {
      fail(
        ['corrections', i, 'id'],
        `correction id ${correction.id} was published for ${labels.get(earlier.source) ?? `source ${earlier.source}`}'s "${earlier.quote}"; ids are never reused: give this correction a new id`,
      );
    }
  });
}

/** Every source an editorial file names must be in sources.yaml and answer this question. */
function checkSources(located: LocatedYaml<Editorial>, fail: (path: Array<string | number>, message: string) => void, context: EditorialContext): void {
  const check = (path: Array<string | number>, id: SourceId) => {
    const label = context.labels.get(id);
    if (label === undefined) fail(path, `unknown source "${id}" (not in content/sources.yaml)`);
    else if (!context.answers.has(id)) fail(path, `${label} (${id}) does not answer question ${context.question}`);
  };
  const { data } = located;
  data.reviewed.forEach((id, i) => check(['reviewed', i], id));
  data.key_points.forEach((p, i) => p.sources.forEach((id, k) => check(['key_points', i, 'sources', k], id)));
  data.disagreements.forEach((d, i) => d.sources.forEach((id, k) => check(['disagreements', i, 'sources', k], id)));
  data.corrections.forEach((c, i) => check(['corrections', i, 'source'], c.source));
}

/** The quote must occur exactly once in the answer, inside one run of text outside code. */
export function locateQuote(answer: Answer, correction: Pick<Correction, 'id' | 'kind' | 'quote' | 'source'>, sourceLabel: string): FlagSpan | string {
  const label = `${sourceLabel}'s answer to question ${answer.n}`;
  const runs = inlineRuns(answer.blocks);
  const hits = runs.flatMap((run) => occurrences(run.text, correction.quote).map((start) => ({ run, start })));
  if (hits.length === 1) {
    const { run, start } = hits[0]!;
    return { id: correction.id, kind: correction.kind, location: run.location, start, end: start + correction.quote.length };
  }
  if (hits.length > 1) return `quote "${correction.quote}" occurs ${hits.length} times in ${label}; quote more words so it occurs once`;
  if (answer.blocks.some((block) => block.type === 'code' && block.text.includes(correction.quote))) {
    return `quote "${correction.quote}" is inside a code block in ${label}; code is shown exactly as the source wrote it and cannot be highlighted, so quote the text around it`;
  }
  const acrossRuns = runs.map((r) => r.text).join('');
  if (acrossRuns.includes(correction.quote)) {
    return `quote "${correction.quote}" crosses bold text or a list or table boundary in ${label}; quote a span inside one of them`;
  }
  return `quote "${correction.quote}" not found in ${label} (quotes must match the source text exactly, within one line)`;
}

function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}
