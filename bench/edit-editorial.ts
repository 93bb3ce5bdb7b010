// The edit an editor makes most: one correction's note reworded, in one editorial file. The page it feeds
// changes, every other page stays the same.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';

/** Appends a sentence to the first correction note of the first editorial file that has one; returns that file. */
export function editOneCorrectionNote(contentDir: string, sentence = 'Reworded for the benchmark.'): string {
  const dir = join(contentDir, 'editorial');
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort()) {
    const file = join(dir, name);
    const doc = parseDocument(readFileSync(file, 'utf8'));
    const corrections = doc.get('corrections');
    const first = isSeq(corrections) ? corrections.items[0] : undefined;
    if (!isMap(first)) continue;
    first.set('note', `${String(first.get('note'))} ${sentence}`);
    writeFileSync(file, String(doc));
    return file;
  }
  throw new Error(`no editorial file under ${dir} has a correction to edit`);
}
