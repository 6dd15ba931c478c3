// A PDF page's text items (positioned runs of text, in no guaranteed order) rebuilt into the
// lines a reader sees: items on one baseline form a line, left to right, top to bottom. Prose
// that the page wrapped is joined again (a sentence with a date cut at the margin would
// otherwise lose it), and a joined line leaves an empty slot behind, so the n-th slot is still
// the n-th line a reader counts on the page.
import { splitColumns } from './pdf-columns.ts';

/** The part of pdf.js's TextItem we read. */
export interface PositionedText {
  str: string;
  /** pdf.js's transform matrix: [a, b, c, d, x, y]; y grows upwards. */
  transform: number[];
  width: number;
  height: number;
}

interface Line {
  y: number;
  height: number;
  items: PositionedText[];
  text: string;
  left: number;
  right: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[(s.length - 1) >> 1] ?? 0;
};

// A line that starts a block of its own is never a continuation: a list item ("3." but not
// "3.679,- CHF"), or a label.
const listItem = /^(?:[-*+•‣▪◦]|\d{1,2}[.)](?=\s|$))/;
// "Quotité de travail :", "Site(s) concerné(s) :": labels in any language, a French space before the colon.
const label = /^\p{L}[\p{L}()/ &'’.-]{1,40}:(?:\s|$)/u;

/** A rebuilt line and its font size in points (the tallest run's). */
export interface SizedLine {
  text: string;
  size: number;
}

/** The page's lines, top to bottom, one slot a visual line ('' where a line was joined to the one above). */
export function rebuildPdfLines(items: readonly PositionedText[]): string[] {
  return rebuildSizedLines(items).map((l) => l.text);
}

/** The same, each with its font size, so that headings can be told from the body. */
export function rebuildSizedLines(items: readonly PositionedText[]): SizedLine[] {
  // A page in two columns is read a column at a time.
  return splitColumns(items).flatMap(rebuildBlock);
}

/** One block of text (a page, or a column of one) as lines. */
function rebuildBlock(items: readonly PositionedText[]): SizedLine[] {
  const lines = groupLines(items);
  if (lines.length === 0) return [];
  const spacing = median(
    lines
      .slice(1)
      .map((l, i) => (lines[i] as Line).y - l.y)
      .filter((d) => d > 0),
  );
  // A heading's lines are set further apart than the body's, in proportion to their size.
  const bodyHeight = median(lines.map((l) => l.height));
  const left = Math.min(...lines.map((l) => l.left));
  const right = Math.max(...lines.map((l) => l.right));
  const out: SizedLine[] = [];
  let open: { slot: number; line: Line } | null = null;
  for (const line of lines) {
    const scaled = bodyHeight > 0 ? spacing * Math.max(1, open ? open.line.height / bodyHeight : 1) : spacing;
    if (open && continues(open.line, line, scaled, left, right)) {
      const joined = out[open.slot] as SizedLine;
      // A word cut by a hyphen at the margin is joined without a space ("long-" + "term").
      joined.text = /[A-Za-z]-$/.test(joined.text) ? joined.text + line.text : `${joined.text} ${line.text}`;
      out.push({ text: '', size: line.height });
      open = { slot: open.slot, line };
      continue;
    }
    out.push({ text: line.text, size: line.height });
    open = { slot: out.length - 1, line };
  }
  return out;
}

/**
 * Whether `next` carries on the paragraph whose last line is `prev`: `prev` runs to the right
 * margin of a wide text block, or stops where `next`'s first word would not have fitted, and does
 * not end a sentence or a heading; `next` follows at the usual spacing, in the same size, from
 * the same left edge (or, after a list item's first line, from the block's), without starting a
 * block. A lowercase "institution:" that did not fit is the sentence going on, not a label.
 */
function continues(prev: Line, next: Line, spacing: number, left: number, right: number): boolean {
  const width = right - left;
  if (width < 200 || endsSentence(prev.text, next.text) || listItem.test(next.text)) return false;
  // A short line is a line of its own, unless the word after it (an address) could not fit.
  const wrapped = wordDidNotFit(prev, next, right);
  if ((prev.right < left + width * 0.8 || prev.text.length < 30) && !wrapped) return false;
  if (label.test(next.text) && !(wrapped && /^\p{Ll}/u.test(next.text))) return false;
  if (Math.abs(prev.height - next.height) > prev.height * 0.1) return false;
  const gap = prev.y - next.y;
  if (gap <= 0 || (spacing > 0 && gap > spacing * 1.3) || gap > prev.height * 2) return false;
  // The same left edge, or the hanging indent of a list item's text; a list item's text may
  // also go on from the block's left edge, as a typed document wraps it.
  if (next.left > prev.left + prev.height * 2) return false;
  return next.left >= prev.left - 2 || (listItem.test(prev.text) && next.left >= left - 2);
}

/**
 * A line ending in ":", ".", "!" or "?", but not one whose last word is an address cut at its "?"
 * (the query goes on below) or at a "." that the next line's lowercase carries on ("cern." "ch/jobs").
 */
function endsSentence(text: string, next: string): boolean {
  if (!/[:.!?]$/.test(text)) return false;
  const cut = /(?:^|\s)(?:https?:\/\/|www\.)\S*([.?])$/i.exec(text);
  return !cut || (cut[1] === '.' && !/^[a-z0-9/]/.test(next));
}

/** Whether `next`'s first word, at its own width a character, would have run past the right margin after `prev`. */
function wordDidNotFit(prev: Line, next: Line, right: number): boolean {
  const perChar = (next.right - next.left) / Math.max(next.text.length, 1);
  const word = next.text.indexOf(' ');
  const chars = (word < 0 ? next.text.length : word) + 1;
  return prev.right + perChar * chars > right + perChar * 0.5;
}

function groupLines(items: readonly PositionedText[]): Line[] {
  const groups: Array<{ y: number; height: number; items: PositionedText[] }> = [];
  for (const item of items) {
    if (!item.str) continue;
    const y = item.transform[5] ?? 0;
    const height = Math.abs(item.height || item.transform[3] || 0) || 10;
    // Runs of one line usually come one after another: look at the latest lines first.
    let group: (typeof groups)[number] | undefined;
    for (let i = groups.length - 1; i >= 0 && i >= groups.length - 8; i--) {
      const g = groups[i] as (typeof groups)[number];
      if (Math.abs(g.y - y) <= Math.max(g.height, height) * 0.5) {
        group = g;
        break;
      }
    }
    if (group) {
      group.items.push(item);
      group.height = Math.max(group.height, height);
    } else groups.push({ y, height, items: [item] });
  }
  groups.sort((a, b) => b.y - a.y);
  const lines: Line[] = [];
  for (const g of groups) {
    const sorted = [...g.items].sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
    const text = joinRuns(sorted);
    if (!text) continue;
    const first = sorted.find((i) => i.str.trim()) ?? sorted[0];
    const last = sorted[sorted.length - 1] as PositionedText;
    lines.push({
      ...g,
      items: sorted,
      text,
      left: first?.transform[4] ?? 0,
      right: (last.transform[4] ?? 0) + last.width,
    });
  }
  return lines;
}

/** A table's label cell: short, and not a sentence or a list item. */
const MAX_LABEL_CHARS = 30;

/**
 * One line's runs, left to right, a space where the runs stand apart. A line of two cells, a
 * short label and a value far to its right (a table without rules, "Closing date    1 May
 * 2027"), reads as "Label: value", as the HTML reader reads such a table row.
 */
function joinRuns(sorted: PositionedText[]): string {
  const parts: string[] = [''];
  let end = Number.NEGATIVE_INFINITY;
  for (const item of sorted) {
    // pdf.js fills the gap between two runs of a line with a blank run as wide as the gap: it
    // is a word break, not text that closes the gap between a label and its value.
    if (!item.str.trim()) {
      const text = parts[parts.length - 1] as string;
      if (text && !/\s$/.test(text)) parts[parts.length - 1] = `${text} `;
      continue;
    }
    const x = item.transform[4] ?? 0;
    const height = Math.abs(item.height || 10);
    const gap = x - end;
    let text = parts[parts.length - 1] as string;
    if (text.trim() && gap > height * 2.5) {
      text = '';
      parts.push(text);
    } else if (text && !/\s$/.test(text) && !/^\s/.test(item.str) && gap > height * 0.15) text += ' ';
    parts[parts.length - 1] = text + item.str;
    end = x + item.width;
  }
  const cells = parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const [label, value] = cells;
  if (
    cells.length === 2 &&
    label &&
    value &&
    label.length <= MAX_LABEL_CHARS &&
    /[\p{L})]$/u.test(label) &&
    !startsItem.test(label)
  )
    return `${label}: ${value}`;
  return cells.join(' ');
}

const startsItem = /^(?:[-*+•‣▪◦]|\d{1,2}[.)])/;
