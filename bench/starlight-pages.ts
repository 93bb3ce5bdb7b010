// The handbook's questions as Starlight pages, for the reference build issue 13's budgets were set against:
// Starlight building the same questions, "every answer, the key points and the corrections, as Markdown". Made from
// the handbook's data (handbook.json, which every build writes), so the synthetic corpora get theirs too.
import type { HandbookJson } from '../scripts/lib/handbook-json.ts';

export interface StarlightPage {
  /** Relative to the Starlight project's `src/content/docs/`. */
  path: string;
  text: string;
}

/** A YAML scalar that holds any text: JSON's double-quoted strings are YAML's too. */
const yamlString = (text: string) => JSON.stringify(text);

/** A block quote of a text, every line of it. */
const quoted = (text: string) => text.split('\n').map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');

function questionPage(question: HandbookJson['questions'][number], labels: ReadonlyMap<string, string>): StarlightPage {
  const label = (source: string) => labels.get(source) ?? `Source ${source.toUpperCase()}`;
  const sections = [
    ['## Key points', question.keyPoints.map((point) => `- ${point.text}`).join('\n')],
    ...(question.disagreements.length > 0 ? [['## Disagreements', question.disagreements.map((d) => d.text).join('\n\n')]] : []),
    ...question.answers.map((answer) => [`## ${label(answer.source)}`, answer.markdown]),
    ...question.corrections.map((c) => [`### Correction ${c.id} (${c.kind}, ${label(c.source)})`, `${quoted(c.quote)}\n\n${c.note}`]),
  ];
  const frontmatter = `---\ntitle: ${yamlString(question.title)}\ndescription: ${yamlString(question.description)}\n---`;
  return { path: `questions/${question.slug}.md`, text: `${[frontmatter, ...sections.flat()].join('\n\n')}\n` };
}

/** One Markdown page a question, and the site's home page. */
export function starlightPages(handbook: HandbookJson): StarlightPage[] {
  const labels = new Map(handbook.sources.map((source) => [source.id, source.label]));
  const home = { path: 'index.md', text: `---\ntitle: CV Interview Handbook\n---\n\n${handbook.questions.length} questions.\n` };
  return [home, ...handbook.questions.map((question) => questionPage(question, labels))];
}

/** A page edited as an editor edits one correction: a sentence added to the first correction's note found. */
export function editedCorrection(text: string, sentence: string): string | undefined {
  const heading = /^### Correction .*\n\n(?:>.*\n)*\n.*/m.exec(text);
  return heading ? `${text.slice(0, heading.index + heading[0].length)} ${sentence}${text.slice(heading.index + heading[0].length)}` : undefined;
}
