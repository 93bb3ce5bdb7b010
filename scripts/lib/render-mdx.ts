// Renders one question page as MDX: frontmatter for the site, components for the page anatomy.
import { answerMarkdown } from './answer-markdown.ts';
import type { FlagSpan } from './editorial.ts';
import { escapeMdxMarkdown, escapeMdxText, jsString } from './escape.ts';
import { frontmatterYaml } from './frontmatter-yaml.ts';
import type { Content, QuestionContent } from './load-content.ts';
import { renderBlocks, sameLocation, type InlineRenderer } from './render-blocks.ts';
import { CORRECTION_KINDS, type Answer, type CorrectionCounts, type Reference, type SourceId } from './schema.ts';
import { plainText } from './plain-text.ts';

export function correctionCounts(question: QuestionContent): CorrectionCounts {
  const counts = Object.fromEntries(CORRECTION_KINDS.map((k) => [k, 0])) as CorrectionCounts;
  for (const c of question.editorial?.corrections ?? []) counts[c.kind]++;
  counts.truncated += autoTruncated(question).length;
  counts.total = CORRECTION_KINDS.reduce((sum, k) => sum + counts[k], 0);
  return counts;
}

/** Answers cut off that no editor has already covered with a `truncated` correction. */
export function autoTruncated(question: QuestionContent): Answer[] {
  const covered = new Set((question.editorial?.corrections ?? []).filter((c) => c.kind === 'truncated').map((c) => c.source));
  return question.answers.filter((a) => a.truncated && !covered.has(a.source));
}

export function pageFileName(question: Pick<QuestionContent, 'entry'>): string {
  return `${String(question.entry.n).padStart(2, '0')}-${question.entry.slug}.mdx`;
}

export function referencesOf(question: QuestionContent, references: Record<string, Reference>): Array<[string, Reference]> {
  const keys = [...new Set((question.editorial?.corrections ?? []).flatMap((c) => c.refs))];
  return keys.map((k) => [k, references[k]!]);
}

export function describeQuestion(question: QuestionContent): string {
  const first = question.editorial?.key_points[0];
  if (first) return plainText(first.text);
  const count = question.answers.length;
  const answers = count === 0 ? 'No source answers' : count === 1 ? '1 source answer' : `${count} source answers`;
  return `${answers} to "${question.entry.title}"${count === 0 ? ' yet' : ''}, not yet reviewed by an editor.`;
}

function flagRenderer(spans: readonly FlagSpan[]): InlineRenderer {
  return (part, location) => {
    const here = spans.filter((s) => sameLocation(s.location, location)).sort((a, b) => a.start - b.start);
    let out = '';
    let at = 0;
    for (const span of here) {
      out += escapeMdxText(part.text.slice(at, span.start));
      out += `<Flag id={${span.id}} kind="${span.kind}">${escapeMdxText(part.text.slice(span.start, span.end))}</Flag>`;
      at = span.end;
    }
    return out + escapeMdxText(part.text.slice(at));
  };
}

const sourcesAttr = (ids: readonly SourceId[]) => `{${JSON.stringify(ids)}}`;
// JSX string attributes cannot hold escapes, so every string goes in as an expression.
const attr = (value: string) => `{${jsString(value)}}`;

export function renderQuestionMdx(question: QuestionContent, content: Pick<Content, 'sources' | 'references'>): string {
  const { entry, editorial } = question;
  const labels = new Map(content.sources.map((s) => [s.id, s.label]));
  const truncatedAuto = new Set(autoTruncated(question).map((a) => a.source));
  const corrections = editorial?.corrections ?? [];
  const references = referencesOf(question, content.references);

  const frontmatter = {
    n: entry.n,
    slug: entry.slug,
    title: entry.title,
    topic: entry.topic,
    related: entry.related,
    reviewed: editorial !== null,
    description: describeQuestion(question),
    counts: correctionCounts(question),
    answers: question.answers.map((a) => ({
      source: a.source,
      label: labels.get(a.source)!,
      lines: a.lines,
      truncated: a.truncated,
      corrections: corrections.filter((c) => c.source === a.source).length,
      repairs: a.repairs.length,
    })),
    // Published ids with their text: convert checks a later edit against them (claim-ids.ts).
    key_points: editorial?.key_points.map(({ id, text }) => ({ id, text })) ?? [],
    disagreements: editorial?.disagreements.map(({ id, text }) => ({ id, text })) ?? [],
    corrections: corrections.map((c) => ({ id: c.id, source: c.source, kind: c.kind, quote: c.quote, note: c.note, refs: c.refs })),
    references: references.map(([key]) => key),
  };

  const parts: string[] = [`---\n${frontmatterYaml(frontmatter)}---`];
  if (editorial) {
    parts.push(
      ['<KeyPoints>', ...editorial.key_points.map((p) => `<KeyPoint id={${p.id}} sources=${sourcesAttr(p.sources)}>\n\n${escapeMdxMarkdown(p.text)}\n\n</KeyPoint>`), '</KeyPoints>'].join('\n'),
    );
    if (editorial.disagreements.length > 0) {
      parts.push(
        ['<Disagreements>', ...editorial.disagreements.map((d) => `<Disagreement id={${d.id}} sources=${sourcesAttr(d.sources)}>\n\n${escapeMdxMarkdown(d.text)}\n\n</Disagreement>`), '</Disagreements>'].join('\n'),
      );
    }
  } else {
    parts.push('<NotReviewed />');
  }
  parts.push(
    [
      '<Answers>',
      ...question.answers.map((a) => {
        const attrs = `source="${a.source}" label=${attr(labels.get(a.source)!)} heading=${attr(a.heading)} lines={[${a.lines.join(',')}]} truncated={${truncatedAuto.has(a.source)}} repairs={[${a.repairs.map((r) => jsString(r.message)).join(',')}]}`;
        const spans = question.flags.get(a.source) ?? [];
        const body = spans.length > 0 ? renderBlocks(a.blocks, flagRenderer(spans)) : answerMarkdown(a.blocks);
        return `<Answer ${attrs}>\n\n${body}\n\n</Answer>`;
      }),
      '</Answers>',
    ].join('\n'),
  );
  if (corrections.length > 0) {
    parts.push(
      [
        '<Corrections>',
        ...corrections.map(
          (c) => `<Correction id={${c.id}} source="${c.source}" kind="${c.kind}" quote=${attr(c.quote)} refs={${JSON.stringify(c.refs)}}>\n\n${escapeMdxMarkdown(c.note)}\n\n</Correction>`,
        ),
        '</Corrections>',
      ].join('\n'),
    );
  }
  if (references.length > 0) {
    parts.push(
      [
        '<References>',
        ...references.map(
          ([key, r]) =>
            `<Reference id="${key}" title=${attr(r.title)} authors={[${r.authors.map(jsString).join(',')}]}${r.year ? ` year={${r.year}}` : ''} venue=${attr(r.venue)} url=${attr(r.url)} />`,
        ),
        '</References>',
      ].join('\n'),
    );
  }
  return `${parts.join('\n\n')}\n`;
}
