// The baseline the brain is compared with: a linear scan of every posting's text for each of the
// question's words (lowercase substring), postings ranked by how many words they hold. Texts are
// lowercased once up front, which favours the baseline.
import type { Posting } from '../corpus/posting.ts';

export interface NaiveScan {
  /** Indexes of the postings holding most of the question's words, best first. */
  answer(question: string): number[];
}

export function createNaiveScan(postings: Posting[]): NaiveScan {
  const texts = postings.map((p) => `${p.title}\n${p.text}`.toLowerCase());
  return {
    answer(question: string): number[] {
      const words = [
        ...new Set(
          question
            .toLowerCase()
            .split(/[^\p{L}\p{N}+#]+/u)
            .filter((w) => w.length >= 3),
        ),
      ];
      if (words.length === 0) return [];
      const hits: Array<[number, number]> = [];
      for (let i = 0; i < texts.length; i++) {
        const t = texts[i] as string;
        let n = 0;
        for (const w of words) if (t.includes(w)) n++;
        if (n > 0) hits.push([i, n]);
      }
      hits.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
      return hits.slice(0, 20).map(([i]) => i);
    },
  };
}
