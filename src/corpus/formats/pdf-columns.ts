// Pages set in two columns: the runs left of a clear vertical gutter are read before the runs
// right of it (a line across both columns above or below them, a title or a footer, stays
// where it is). Only prose columns count: a table of short labels and values also has a
// gutter, and its rows must stay whole.
import type { PositionedText } from './pdf-lines.ts';

interface Row {
  y: number;
  runs: PositionedText[];
}

const x0 = (r: PositionedText) => r.transform[4] ?? 0;
const x1 = (r: PositionedText) => x0(r) + r.width;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[(s.length - 1) >> 1] ?? 0;
};

/** Runs grouped by baseline, top to bottom (a coarse grouping: only the gutter is looked for). */
function rows(items: readonly PositionedText[]): Row[] {
  const byY = new Map<number, Row>();
  for (const item of items) {
    if (!item.str.trim()) continue;
    const y = Math.round((item.transform[5] ?? 0) / 2) * 2;
    const row = byY.get(y) ?? { y, runs: [] };
    row.runs.push(item);
    byY.set(y, row);
  }
  return [...byY.values()].sort((a, b) => b.y - a.y);
}

// A short page (a notice of a few lines a column) has columns too: three rows with text on both
// sides of one gutter are enough, the prose test below keeping tables whole.
const MIN_ROWS = 4;
const MIN_BOTH = 3;

/** The page's runs in reading order: [before the columns, left column, right column, after]. */
export function splitColumns(items: readonly PositionedText[]): PositionedText[][] {
  const all = rows(items);
  const runs = all.flatMap((r) => r.runs);
  if (all.length < MIN_ROWS || runs.length === 0) return [[...items]];
  const left = Math.min(...runs.map(x0));
  const right = Math.max(...runs.map(x1));
  const width = right - left;
  if (width < 300) return [[...items]];
  const crosses = (row: Row, x: number) => row.runs.some((r) => x0(r) < x - 1 && x1(r) > x + 1);
  // The gutter: the x in the middle of the block that the most rows have text on both sides of
  // and no row between the first and the last of those crosses.
  let best: { x: number; both: number; first: number; last: number } | null = null;
  for (let x = left + width * 0.3; x <= left + width * 0.7; x += 2) {
    const both = all.flatMap((row, i) =>
      !crosses(row, x) && row.runs.some((r) => x1(r) <= x) && row.runs.some((r) => x0(r) >= x) ? [i] : [],
    );
    if (both.length < MIN_BOTH) continue;
    const first = both[0] as number;
    const last = both[both.length - 1] as number;
    if (all.slice(first, last + 1).some((row) => crosses(row, x))) continue;
    if (!best || both.length > best.both) best = { x, both: both.length, first, last };
  }
  if (!best) return [[...items]];
  const { x, first, last } = best;
  const middle = all.slice(first, last + 1);
  const leftParts = middle.map((row) => row.runs.filter((r) => x1(r) <= x)).filter((p) => p.length > 0);
  // Prose fills its column to the gutter; the label cells of a table stop short of it.
  const leftEnds = leftParts.map((p) => Math.max(...p.map(x1)));
  const leftChars = leftParts.map((p) => p.reduce((n, r) => n + r.str.length, 0));
  if (median(leftEnds) < x - (x - left) * 0.2 || median(leftChars) < 25) return [[...items]];
  const inMiddle = new Set(middle.flatMap((row) => row.runs));
  const before = all.slice(0, first).flatMap((row) => row.runs);
  const after = all.slice(last + 1).flatMap((row) => row.runs);
  const columnRuns = items.filter((r) => inMiddle.has(r));
  return [before, columnRuns.filter((r) => x1(r) <= x), columnRuns.filter((r) => x0(r) >= x), after].filter(
    (g) => g.length > 0,
  );
}
