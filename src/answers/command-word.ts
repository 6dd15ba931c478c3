// A mistyped command word ("skils", "contcat", "subscirbe", "deadlnes", "shwo") corrected to the
// one command it is closest to, by edit distance with transpositions (optimal string alignment):
// one edit for words of up to six letters, two for longer ones. Never a word that is a command
// already, and never a tie.

/** Edit distance with adjacent transpositions, stopping early past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    row[0] = i;
    rows.push(row);
  }
  for (let j = 0; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** The command `word` is a typo of, or null (it is one already, is too far from all, or ties). */
export function correctCommandWord(word: string, commands: readonly string[]): string | null {
  const w = word.toLowerCase();
  if (w.length < 3 || commands.includes(w) || !/^\p{L}+$/u.test(w)) return null;
  const max = w.length <= 6 ? 1 : 2;
  let best: string | null = null;
  let bestD = max + 1;
  let tie = false;
  for (const c of commands) {
    const d = editDistance(w, c, max);
    if (d < bestD) {
      best = c;
      bestD = d;
      tie = false;
    } else if (d === bestD) tie = true;
  }
  return best && !tie ? best : null;
}
