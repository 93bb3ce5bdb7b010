// Which handbook question each of a source's answers belongs to: its number, a `map` entry, or its wording.
import { ContentError, ContentErrors } from './errors.ts';
import { describeNearest, questionMatcher } from './match-question.ts';
import type { SourceSection } from './parse-source.ts';
import type { QuestionEntry, SourceEntry } from './schema.ts';

export interface Assignment {
  section: SourceSection;
  n: number;
  /** Why the answer went to that question, for --explain. */
  why: string;
}

export interface AssignContext {
  file: string;
  source: Pick<SourceEntry, 'questions' | 'map'>;
  questions: ReadonlyArray<Pick<QuestionEntry, 'n' | 'title'>>;
}

/** Every section assigned to one question; problems are collected and thrown together. */
export function assignQuestions(sections: readonly SourceSection[], context: AssignContext): Assignment[] {
  const known = new Set(context.questions.map((q) => q.n));
  const errors: ContentError[] = [];
  const assignments: Assignment[] = [];
  const matchQuestion = context.source.questions === 'by-text' ? questionMatcher(context.questions) : undefined;
  for (const section of sections) {
    const at = section.headingLines[0];
    const mapped = context.source.map[String(section.number)];
    if (mapped !== undefined) {
      assignments.push({ section, n: mapped, why: `map ${section.number}: ${mapped} in sources.yaml` });
    } else if (matchQuestion) {
      const match = matchQuestion(section.questionText);
      if (match.ok) assignments.push({ section, n: match.n, why: `its wording (score ${match.score.toFixed(2)}; next: ${describeNearest(match.nearest.slice(1))})` });
      else errors.push(new ContentError(context.file, at, `heading "${section.heading}" ${match.reason}; nearest questions: ${describeNearest(match.nearest)}; add "map: {${section.number}: <question n>}" to this source in content/sources.yaml`));
    } else if (known.has(section.number)) {
      assignments.push({ section, n: section.number, why: `its number ${section.number}` });
    } else {
      errors.push(new ContentError(context.file, at, `heading "${section.heading}" is numbered ${section.number}, but questions.yaml has no question ${section.number}; map it with "map: {${section.number}: <question n>}" or match wording with "questions: by-text"`));
    }
  }
  const first = new Map<number, Assignment>();
  for (const assignment of assignments) {
    const earlier = first.get(assignment.n);
    if (earlier) {
      errors.push(
        new ContentError(
          context.file,
          assignment.section.headingLines[0],
          `question ${assignment.n} is answered twice in this source: line ${earlier.section.headingLines[0]} ("${earlier.section.heading}") and line ${assignment.section.headingLines[0]} ("${assignment.section.heading}")`,
        ),
      );
    } else first.set(assignment.n, assignment);
  }
  if (errors.length > 0) throw new ContentErrors(errors);
  return assignments;
}
