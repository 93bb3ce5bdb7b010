import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEditorial, type Published } from '../../scripts/lib/editorial.ts';
import type { Answer, SourceId } from '../../scripts/lib/schema.ts';
import { answerFrom, errorOf, FIXTURES } from './helpers.ts';

// Each fixture's first line says what validating it must print: "# expect: ok" or "# expect: <message>".
const dir = join(FIXTURES, 'editorial');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();

const bodies: Record<SourceId, string> = {
  a: 'Segmentation is useful. U-Net was designed for object detection in 2015.',
  b: '**Claim:** It improves accuracy by 47% in one study. Another accuracy claim.',
  c: 'An answer.\n\n```python\nmodel.eval()\n```',
  d: 'An answer.',
  e: 'An answer.',
};
const answers = new Map<SourceId, Answer>(Object.entries(bodies).map(([id, body]) => [id as SourceId, answerFrom(body, id as SourceId, 7)]));
// "textbook" is in sources.yaml but does not answer question 7.
const labels = new Map<SourceId, string>([...Object.keys(bodies).map((id): [string, string] => [id, `Source ${id.toUpperCase()}`]), ['textbook', 'Textbook']]);
// What an earlier conversion published, for the fixtures about reusing or rewording an id.
const published: Record<string, Partial<Published>> = {
  'reused-id.yaml': { corrections: [{ id: 1, source: 'c', quote: 'an older quote' }] },
  'reused-key-point-id.yaml': { key_points: [{ id: 2, text: 'Semantic segmentation is evaluated with mean IoU.' }] },
  'reworded-key-point.yaml': { key_points: [{ id: 1, text: 'Segmentation assigns a label to every pixel.' }] },
};
const context = (file: string) => ({
  file,
  question: 7,
  answers,
  labels,
  referenceKeys: new Set(['ronneberger2015unet']),
  published: { corrections: [], key_points: [], disagreements: [], ...published[file] },
});

describe('editorial validation', () => {
  it.each(fixtures)('%s', (file) => {
    const text = readFileSync(join(dir, file), 'utf8');
    const expected = /^# expect: (.*)$/m.exec(text)![1]!;
    if (expected === 'ok') {
      const valid = parseEditorial(text, context(file));
      expect(valid.flags.get('a')).toEqual([{ id: 1, kind: 'factual', location: { block: 0, path: [], part: 0 }, start: 24, end: 63 }]);
      return;
    }
    const message = errorOf(() => parseEditorial(text, context(file)));
    if (expected.endsWith(': ')) expect(message.startsWith(expected)).toBe(true);
    else expect(message).toBe(expected);
  });
});
