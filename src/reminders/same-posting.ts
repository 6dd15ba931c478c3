// Whether a posting that appears is one the bot already knew under another id: its file was
// renamed (the id comes from the file name), or its title was edited (a typo fixed). Such a
// posting is not announced again. The identity that survives: the same application deadline
// (or none on both) and a title that is the same or nearly so (character-pair overlap, which
// a fixed typo or a reworded word keeps high).

/** Dice coefficient over character pairs of the normalised titles above this: the same posting. */
const SIMILAR = 0.75;

function normalise(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function pairs(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const pair = s.slice(i, i + 2);
    out.set(pair, (out.get(pair) ?? 0) + 1);
  }
  return out;
}

/** How alike two titles are, from 0 to 1. */
export function titleSimilarity(a: string, b: string): number {
  const x = normalise(a);
  const y = normalise(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const px = pairs(x);
  const py = pairs(y);
  let shared = 0;
  for (const [pair, n] of px) shared += Math.min(n, py.get(pair) ?? 0);
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}

export interface Identity {
  title: string;
  deadline: string | null;
}

export function samePosting(a: Identity, b: Identity): boolean {
  return a.deadline === b.deadline && titleSimilarity(a.title, b.title) >= SIMILAR;
}
