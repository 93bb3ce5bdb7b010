// The edit an editor makes most: one correction's note reworded, in one editorial file. The page it feeds
// changes, every other page stays the same.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';

/**
 * Edits the first file of `dir` (by name, ending in `extension`) whose text `edit` changes, and returns it;
 * `edit` gives undefined for a file with nothing to edit, `what` names that thing in the error when none has it.
 */
export function editFirstFile(dir: string, extension: string, edit: (text: string) => string | undefined, what: string): string {
  for (const name of readdirSync(dir).filter((f) => f.endsWith(extension)).sort()) {
    const file = join(dir, name);
    const edited = edit(readFileSync(file, 'utf8'));
    if (edited === undefined) continue;
    writeFileSync(file, edited);
    return file;
  }
  throw new Error(`no ${what} under ${dir} has a correction to edit`);
}

/** The text with a sentence appended to its first correction note, or undefined when it has none. */
function withNoteReworded(text: string, sentence: string): string | undefined {
  const doc = parseDocument(text);
  const corrections = doc.get('corrections');
  const first = isSeq(corrections) ? corrections.items[0] : undefined;
  if (!isMap(first)) return undefined;
  first.set('note', `${String(first.get('note'))} ${sentence}`);
  return String(doc);
}

/** Appends a sentence to the first correction note of the first editorial file that has one; returns that file. */
export function editOneCorrectionNote(contentDir: string, sentence = 'Reworded for the benchmark.'): string {
  return editFirstFile(join(contentDir, 'editorial'), '.yaml', (text) => withNoteReworded(text, sentence), 'editorial file');
}
