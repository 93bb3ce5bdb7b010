// `convert --explain <source-id>`: how one source file was read, heading by heading, for an editor to check.
import type { Content } from './load-content.ts';

export function explainSource(content: Content, id: string): string {
  const source = content.sources.find((s) => s.id === id);
  const reading = content.readings.get(id);
  if (!source || !reading) return `no source "${id}" in content/sources.yaml (sources: ${content.sources.map((s) => s.id).join(', ')})`;
  const { parsed, assignments, answers } = reading;
  const out = [
    `${reading.file}: ${source.label} (id ${source.id})`,
    `headings: ${parsed.format}`,
    `questions: ${source.questions}${Object.keys(source.map).length > 0 ? `, map ${JSON.stringify(source.map)}` : ''}`,
  ];
  if (parsed.preamble) out.push(`front matter: lines ${parsed.preamble.lines[0]}-${parsed.preamble.lines[1]} (preamble in sources.yaml), not an answer`);
  out.push('');
  assignments.forEach(({ section, n, why }, i) => {
    const answer = answers[i]!;
    out.push(`line ${section.headingLines[0]}: "${section.heading}"`);
    out.push(`  -> question ${n}, by ${why}`);
    out.push(`  answer: lines ${section.lines[0]}-${section.lines[1]}${answer.truncated ? ', cut off (truncated)' : ''}`);
    if (answer.repairs.length === 0) out.push('  repairs: none');
    for (const repair of answer.repairs) out.push(`  repair (${repair.rule}): ${repair.message}`);
  });
  out.push('');
  out.push(parsed.skipped.length === 0 ? 'skipped: nothing' : 'skipped (numbered lines that are not headings; they stay in the answer above them):');
  for (const skip of parsed.skipped) out.push(`  line ${skip.line}: ${skip.reason}`);
  const answered = new Set(assignments.map((a) => a.n));
  const missing = content.questions.map((q) => q.entry.n).filter((n) => !answered.has(n));
  out.push(`answers ${answered.size} of ${content.questions.length} questions${missing.length > 0 ? `; not answered: ${missing.join(', ')}` : ''}`);
  return out.join('\n');
}
