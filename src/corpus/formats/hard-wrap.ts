// Text wrapped by hand at a fixed width (a mailing-list announcement, a plain-text copy of a
// PDF, `fold`ed or typed at 72 columns) has its paragraphs joined again: a sentence cut at the
// margin would otherwise lose its date, its title or its amount to the next line. The number of
// lines stays the same: a joined line leaves an empty one behind, so every fact keeps the line
// it starts on (as `pdf-lines.ts` does for a page).
import type { NumberedLine } from './text-lines.ts';

/** The widest a wrapped text is written (a mail program wraps at 72-78, a terminal at 80). */
const MAX_WIDTH = 120;
const MIN_WIDTH = 40;

// A line that starts a block of its own: a list item, a heading, a table row or a quote.
const blockStart = /^(?:[-*+•‣▪◦]\s|\d{1,2}[.)](?:\s|$)|[a-z][.)]\s|\(\w{1,3}\)\s|#|\||>|```|~~~|---|===)/;
// "Deadline: 1 May": a capitalised label opens a line of its own after a cut line too.
const label = /^[A-Z][\p{L}/ &'’.-]{0,40}:(?:\s|$)/u;
const endsSentence = /[.!?]["'”’)]?$/;
// A line after which a new block starts: a sentence's end, a colon.
const endsBlock = /[.!?:]["'”’)]?$/;

/**
 * The width a text was wrapped at, or 0 when it was not: its longest line of words (a lone
 * address without spaces may run past the margin) is at most 120 characters, and most of its
 * lines end within a few characters of it.
 */
export function wrapWidth(lines: readonly NumberedLine[]): number {
  const lengths: number[] = [];
  let width = 0;
  for (const l of lines) {
    const t = l.text.trim();
    if (!t.includes(' ')) continue;
    const n = l.text.trimEnd().length;
    lengths.push(n);
    if (n > width) width = n;
  }
  if (lengths.length < 6 || width < MIN_WIDTH || width > MAX_WIDTH) return 0;
  let near = 0;
  for (const n of lengths) if (n >= width - 15) near++;
  if (near < Math.max(4, lengths.length * 0.3)) return 0;
  // Lines of much the same length are not yet a wrapped text (a list of titles): in one, a line
  // that goes on to the next is full, the next line's first word would not have fitted on it.
  let full = 0;
  let short = 0;
  for (let i = 1; i < lines.length; i++) {
    const prev = (lines[i - 1] as NumberedLine).text.trimEnd();
    const next = (lines[i] as NumberedLine).text.trim();
    if (!prev.trim() || !next || endsBlock.test(prev) || blockStart.test(next) || label.test(next)) continue;
    if (fills(prev, next, width)) full++;
    // A short line (a list item without a bullet, a paragraph's last line) says nothing either way.
    else if (prev.length >= width * 0.6) short++;
  }
  return full >= 3 && full >= 2 * short ? width : 0;
}

/** Whether `next`'s first word would have run past `width` after `prev` (a character's slack either way). */
function fills(prev: string, next: string, width: number): boolean {
  const word = next.search(/\s/);
  return prev.length + 1 + (word < 0 ? next.length : word) >= width - 1;
}

const indentOf = (s: string): number => s.length - s.trimStart().length;

/** The lines with each hand-wrapped paragraph on its first line; the same lines when the text is not wrapped. */
export function unwrapLines(lines: readonly NumberedLine[]): NumberedLine[] {
  const width = wrapWidth(lines);
  if (width === 0) return lines as NumberedLine[];
  const out: NumberedLine[] = lines.map((l) => ({ ...l }));
  let fenced = false;
  // The line the paragraph is gathered on, and the last visual line added to it.
  let open = -1;
  let last = '';
  for (let i = 0; i < out.length; i++) {
    const l = out[i] as NumberedLine;
    const t = l.text.trim();
    if (t.startsWith('```') || t.startsWith('~~~')) fenced = !fenced;
    if (fenced || !t) {
      open = -1;
      continue;
    }
    if (open >= 0 && joins(last, l.text, width, last === (out[open] as NumberedLine).text)) {
      const head = out[open] as NumberedLine;
      // A word cut by a hyphen at the margin ("long-" + "term") keeps no space.
      head.text = /\p{L}-$/u.test(head.text) && /^\p{Ll}/u.test(t) ? head.text + t : `${head.text.trimEnd()} ${t}`;
      last = l.text;
      l.text = '';
      continue;
    }
    open = i;
    last = l.text;
  }
  return out;
}

/** Whether `next` carries on the paragraph whose last visual line is `prev`, wrapped at `width`. */
function joins(prev: string, next: string, width: number, first: boolean): boolean {
  const p = prev.trimEnd();
  const n = next.trimStart();
  const head = p.trimStart();
  if (blockStart.test(n) || head.startsWith('#') || head.startsWith('|') || p.endsWith(':')) return false;
  if (label.test(n)) return false;
  // After a full stop only a sentence going on in lowercase ("... Dr.\nsmith" is rare; "U.S.\nnationals").
  if (endsSentence.test(p) && !/^\p{Ll}/u.test(n)) return false;
  // The break was the margin's: the next line's first word would not have fitted (the width is
  // read off the lines, and wrappers differ by a character on whether the space counts).
  if (!fills(p, n, width)) return false;
  // The same left edge; from a paragraph's indented first line, the margin; a list item's
  // hanging indent, or its text going on from the margin.
  const pi = indentOf(prev);
  const ni = indentOf(next);
  return ni === pi || (first && ni < pi) || (blockStart.test(head) && ni <= pi + 6);
}
