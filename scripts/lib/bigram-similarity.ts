// string-similarity-js's Sørensen–Dice score of one text against many titles at once: an index of the titles'
// character bigrams visits only the titles that share a bigram, where comparing each pair would cost N² at scale.

/** Each bigram (two UTF-16 code units, as string-similarity-js counts them) with how often it occurs. */
function bigramCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const bigram = text.substr(i, 2);
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  return counts;
}

export class BigramIndex {
  private readonly postings = new Map<string, { title: number[]; count: number[] }>();

  constructor(private readonly titles: readonly string[]) {
    titles.forEach((title, t) => {
      for (const [bigram, count] of bigramCounts(title)) {
        const posting = this.postings.get(bigram) ?? { title: [], count: [] };
        posting.title.push(t);
        posting.count.push(count);
        this.postings.set(bigram, posting);
      }
    });
  }

  /** stringSimilarity(text, title) for every title, in order; the same numbers, bit for bit. */
  similarities(text: string): number[] {
    const shared = new Int32Array(this.titles.length);
    for (const [bigram, count] of bigramCounts(text)) {
      const posting = this.postings.get(bigram);
      if (!posting) continue;
      for (let k = 0; k < posting.title.length; k++) shared[posting.title[k]!]! += Math.min(count, posting.count[k]!);
    }
    return this.titles.map((title, t) => (text.length < 2 || title.length < 2 ? 0 : (shared[t]! * 2) / (text.length + title.length - 2)));
  }
}
