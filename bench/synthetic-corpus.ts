// A deterministic synthetic handbook for scale benchmarks: N questions, five sources in the real sources' formats
// answering every question, or more sources (in the other heading formats too) each answering a share of them.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

type Random = () => number;

function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** A word-level Markov chain over the real sources, so synthetic text has their vocabulary and rhythm. */
class SentenceMaker {
  private readonly next = new Map<string, string[]>();
  private readonly starts: string[] = [];

  constructor(text: string) {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const words = sentence.replace(/[*`|\t]/g, ' ').split(/\s+/).filter((w) => /^[A-Za-z][\w,'()-]*[.!?]?$/.test(w));
      if (words.length < 4) continue;
      this.starts.push(words[0]!);
      words.forEach((w, i) => {
        const following = words[i + 1];
        if (following) this.next.set(w, [...(this.next.get(w) ?? []), following]);
      });
    }
  }

  sentence(random: Random, maxWords = 24): string {
    const words = [pick(random, this.starts)];
    while (words.length < maxWords) {
      const options = this.next.get(words[words.length - 1]!);
      if (!options) break;
      const word = pick(random, options);
      words.push(word);
      if (/[.!?]$/.test(word) && words.length > 5) break;
    }
    return `${words.join(' ').replace(/[.!?,]*$/, '')}.`;
  }

  paragraph(random: Random, sentences: number): string {
    return Array.from({ length: sentences }, () => this.sentence(random)).join(' ');
  }
}

const TOPIC_NAMES = ['foundations', 'data', 'transfer', 'detection', 'segmentation', 'tracking', 'applications', 'efficiency', 'infrastructure'];
// A larger handbook has more topics, not longer ones: about 50 questions a topic, and never fewer than the real 9.
const topicsFor = (n: number) =>
  Array.from({ length: Math.max(TOPIC_NAMES.length, Math.ceil(n / 50)) }, (_, i) => `${TOPIC_NAMES[i % TOPIC_NAMES.length]}-${Math.floor(i / TOPIC_NAMES.length) + 1}`);

export interface SyntheticCorpus {
  n: number;
  bytes: number;
}

export interface CorpusShape {
  /** How many sources (ids a, b, c …). */
  sources: number;
  /** The share of the questions each source answers, chosen at random per source (1 = all). */
  coverage: number;
}

export const FULL_CORPUS: CorpusShape = { sources: 5, coverage: 1 };

/** Writes content/ for N questions under `root` (sources, yaml files, editorial files for every question). */
export function writeSyntheticContent(root: string, realSourcesDir: string, n: number, shape: CorpusShape = FULL_CORPUS, seed = 42): SyntheticCorpus {
  const random = seeded(seed);
  const topics = topicsFor(n);
  const real = readdirSync(realSourcesDir).map((f) => readFileSync(join(realSourcesDir, f), 'utf8')).join('\n');
  const maker = new SentenceMaker(real);
  const content = join(root, 'content');
  for (const dir of ['sources', 'editorial', 'questions']) mkdirSync(join(content, dir), { recursive: true });

  const titles = Array.from({ length: n }, (_, i) => `${maker.sentence(random, 14).replace(/\.$/, '')} (question ${i + 1})?`);
  // A phrase unique to each answer, so every editorial quote occurs exactly once.
  const claim = (q: number, s: string) => `Synthetic claim ${s}${q} is stated here`;
  // Each format writes one answer: h is the number the source gives it, q the question it answers. The
  // first five are the real sources' formats (plain numbered headings), the others labelled headings.
  const formats: Array<(q: number, h: number) => string> = [
    (q, h) => `${h}. ${titles[q - 1]!.slice(0, 40)}\n\n${maker.paragraph(random, 3)} ${claim(q, 'a')}.\n\n${maker.paragraph(random, 2)}\n`,
    (q, h) => `${h}. ${titles[q - 1]}\n\n${maker.paragraph(random, 3)} ${claim(q, 'b')}.\n\nPros:\n${maker.sentence(random, 8)}\n${maker.sentence(random, 8)}\n${maker.sentence(random, 8)}\n\n${maker.paragraph(random, 2)}\n`,
    (q, h) =>
      `${h}. ${titles[q - 1]}\n\nAns: ${maker.paragraph(random, 4)} ${claim(q, 'c')}.\n\n${maker.paragraph(random, 4)}\n\nHere are some of the benefits:\n\n${Array.from({ length: 4 }, () => `- **${maker.sentence(random, 3).replace(/\.$/, '')}:** ${maker.paragraph(random, 2)}`).join('\n')}\n\n` +
      (q % 7 === 0 ? `Feature\tPyTorch\tTensorFlow\nFlexibility\tMore flexible\tLess flexible\nScalability\tLess scalable\tMore scalable\n\n` : '') +
      `${maker.paragraph(random, 3)}\n`,
    (q, h) => `${h}. ${titles[q - 1]}\n\n${maker.paragraph(random, 2)} ${claim(q, 'd')}.\n\n1 ${maker.sentence(random, 12)}\n\n2 ${maker.sentence(random, 12)}\n\n3 ${maker.sentence(random, 12)}\n\n\n\n`,
    (q, h) => `**${h}. ${titles[q - 1]}**\n\n${maker.paragraph(random, 3)} ${claim(q, 'e')}.\n\n* **${maker.sentence(random, 3).replace(/\.$/, '')}:** ${maker.paragraph(random, 2)}\n* **${maker.sentence(random, 3).replace(/\.$/, '')}:** ${maker.paragraph(random, 2)}\n\n`,
  ];
  const labelled: Array<(q: number, id: string) => string> = [
    (q, id) => `## Q${q}: ${titles[q - 1]}\n\n${maker.paragraph(random, 3)} ${claim(q, id)}.\n\n1. ${maker.sentence(random, 8)}\n2. ${maker.sentence(random, 8)}\n`,
    (q, id) => `Question ${q}: ${titles[q - 1]}\n${maker.paragraph(random, 4)} ${claim(q, id)}.\n`,
    (q, id) => `**Question ${q}:** ${titles[q - 1]}\n\n${maker.paragraph(random, 3)} ${claim(q, id)}.\n\n${maker.paragraph(random, 2)}\n`,
  ];
  const ids = Array.from({ length: shape.sources }, (_, i) => String.fromCharCode(97 + i));
  const answered = new Map<string, number[]>();
  let bytes = 0;
  const sources = ids.map((id, i) => {
    const file = `${String(i).padStart(3, '0')}_synthetic_${id}.txt`;
    const questions = Array.from({ length: n }, (_, q) => q + 1).filter(() => shape.coverage >= 1 || random() < shape.coverage);
    answered.set(id, questions);
    // Plain numbered headings count up by one, so a source answering a subset numbers its answers 1, 2, 3 … and maps them.
    const plain = i < formats.length;
    const text = questions.map((q, k) => (plain ? formats[i]!(q, shape.coverage >= 1 ? q : k + 1) : labelled[(i - formats.length) % labelled.length]!(q, id))).join('\n');
    bytes += Buffer.byteLength(text);
    writeFileSync(join(content, 'sources', file), text);
    const map = plain && shape.coverage < 1 ? { map: Object.fromEntries(questions.map((q, k) => [k + 1, q])) } : {};
    return { id, file, label: `Source ${id.toUpperCase()}`, notes: 'Synthetic source for benchmarks.', ...map };
  });
  writeFileSync(join(content, 'sources.yaml'), stringify(sources));
  writeFileSync(
    join(content, 'topics.yaml'),
    stringify(topics.map((id, i) => ({ id, title: `Topic ${id}`, description: `Synthetic questions about ${id}.`, order: i + 1 }))),
  );
  writeFileSync(
    join(content, 'questions.yaml'),
    stringify(
      titles.map((title, i) => ({
        n: i + 1,
        slug: `synthetic-question-${i + 1}`,
        title,
        topic: topics[i % topics.length],
        related: i > 0 ? [i] : [],
      })),
    ),
  );
  writeFileSync(
    join(content, 'references.yaml'),
    stringify({ ren2015faster: { title: 'Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks', authors: ['Shaoqing Ren', 'Kaiming He', 'Ross Girshick', 'Jian Sun'], year: 2015, venue: 'NeurIPS 2015', url: 'https://arxiv.org/abs/1506.01497', arxiv: '1506.01497' } }),
  );
  for (let q = 1; q <= n; q++) {
    const answering = ids.filter((id) => answered.get(id)!.includes(q));
    const editorial = {
      question: q,
      reviewed: answering,
      key_points: [1, 2, 3].map((id) => ({ id, text: maker.sentence(random, 16), sources: answering.length > 0 ? [pick(random, answering)] : [] })),
      corrections: answering.slice(0, 3).map((id, k) => ({
        id: k + 1,
        source: id,
        kind: k === 0 ? 'factual' : k === 1 ? 'unsupported' : 'misleading',
        quote: claim(q, id),
        note: maker.sentence(random, 20),
        refs: k === 0 ? ['ren2015faster'] : [],
      })),
    };
    writeFileSync(join(content, 'editorial', `q${String(q).padStart(2, '0')}.yaml`), stringify(editorial));
  }
  return { n, bytes };
}
