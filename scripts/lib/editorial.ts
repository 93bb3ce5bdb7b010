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
  checkIds(located, fail, context.published.corrections);
  checkClaimIds(located, context.published, fail);
  data.corrections.forEach((correction, i) => {
    if (NEEDS_REFERENCE.has(correction.kind) && correction.refs.length === 0) {
      fail(['corrections', i, 'kind'], `correction ${correction.id} is ${correction.kind} but cites no reference (add refs: [key] from content/references.yaml)`);
    }
    correction.refs.forEach((key, r) => {
      if (!context.referenceKeys.has(key)) fail(['corrections', i, 'refs', r], `unknown reference "${key}" (not in content/references.yaml)`);
    });
    const answer = context.answers.get(correction.source);
    if (!answer) return;
    const span = locateQuote(answer, correction);
    if (typeof span === 'string') {
      fail(['corrections', i, 'quote'], span);
      return;
    }
    const spans = flags.get(correction.source) ?? [];
    const overlapping = spans.find((s) => sameLocation(s.location, span.location) && s.start < span.end && span.start < s.end);
    if (overlapping) {
      fail(['corrections', i, 'quote'], `quote of correction ${correction.id} overlaps the quote of correction ${overlapping.id} in Source ${correction.source.toUpperCase()}'s answer`);
      return;
    }
    flags.set(correction.source, [...spans, span]);
  });
  if (errors.length > 0) throw new ContentErrors(errors);
  return { editorial: data, flags };
}

function checkIds(located: LocatedYaml<Editorial>, fail: (path: Array<string | number>, message: string) => void, published: readonly PublishedCorrection[]): void {
  const { corrections } = located.data;
  for (const { index, first } of repeatedIds(corrections.map((c) => c.id))) {
    fail(['corrections', index, 'id'], `duplicate correction id ${corrections[index]!.id} (also used at line ${located.lineOf(['corrections', first, 'id'])})`);
  }
  corrections.forEach((correction, i) => {
    const earlier = published.find((p) => p.id === correction.id);
    if (earlier && (earlier.source !== correction.source || earlier.quote !== correction.quote)) {
      fail(
        ['corrections', i, 'id'],
        `correction id ${correction.id} was published for Source ${earlier.source.toUpperCase()}'s "${earlier.quote}"; ids are never reused: give this correction a new id`,
      );
    }
  });
}

/** The quote must occur exactly once in the answer, inside one run of text. */
export function locateQuote(answer: Answer, correction: Pick<Correction, 'id' | 'kind' | 'quote' | 'source'>): FlagSpan | string {
  const label = `Source ${correction.source.toUpperCase()}'s answer to question ${answer.n}`;
  const runs = inlineRuns(answer.blocks);
  const hits = runs.flatMap((run) => occurrences(run.text, correction.quote).map((start) => ({ run, start })));
  if (hits.length === 1) {
    const { run, start } = hits[0]!;
    return { id: correction.id, kind: correction.kind, location: run.location, start, end: start + correction.quote.length };
  }
  if (hits.length > 1) return `quote "${correction.quote}" occurs ${hits.length} times in ${label}; quote more words so it occurs once`;
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
