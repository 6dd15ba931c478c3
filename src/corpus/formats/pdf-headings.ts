// Headings of a PDF told by their size: a short line set clearly larger than the body text is
// a heading, marked as markdown ("# " for the largest size, "## " below), so that the title and
// the sections of a PDF read as those of a markdown posting.
import type { SizedLine } from './pdf-lines.ts';

/** A heading is at least this much larger than the body text, and at most this long. */
const HEADING_SCALE = 1.2;
const MAX_HEADING_CHARS = 120;

/** The lines' texts, headings marked; a line of the body that looks like markdown is left as it is. */
export function markPdfHeadings(lines: readonly SizedLine[]): string[] {
  // Size 0: a line that was not set on the page (a link's address).
  const sizes = lines.filter((l) => l.text && l.size > 0).map((l) => Math.round(l.size * 10) / 10);
  if (sizes.length === 0) return lines.map((l) => l.text);
  // The body size: the size most lines are set in.
  const counts = new Map<number, number>();
  for (const s of sizes) counts.set(s, (counts.get(s) ?? 0) + 1);
  let body = sizes[0] as number;
  for (const [s, n] of counts) if (n > (counts.get(body) ?? 0)) body = s;
  const isHeading = (l: SizedLine) =>
    l.text.length > 0 && l.text.length <= MAX_HEADING_CHARS && l.size >= body * HEADING_SCALE && !/[,;]$/.test(l.text);
  const top = Math.max(...lines.filter(isHeading).map((l) => l.size), 0);
  return lines.map((l) => {
    if (!isHeading(l)) return l.text;
    return `${l.size >= top * 0.95 ? '#' : '##'} ${l.text}`;
  });
}
