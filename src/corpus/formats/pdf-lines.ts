// A PDF page's text items (positioned runs of text, in no guaranteed order) rebuilt into the
// lines a reader sees: items on one baseline form a line, left to right; a wide vertical gap
// between lines is a blank line, so paragraphs stay apart for the plain-text reader.

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
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[(s.length - 1) >> 1] ?? 0;
};

/** The page's lines, top to bottom; '' marks a paragraph gap. */
export function rebuildPdfLines(items: readonly PositionedText[]): string[] {
  const lines: Line[] = [];
  for (const item of items) {
    if (!item.str) continue;
    const y = item.transform[5] ?? 0;
    const height = Math.abs(item.height || item.transform[3] || 0) || 10;
    // Runs of one line usually come one after another: look at the latest lines first.
    let line: Line | undefined;
    for (let i = lines.length - 1; i >= 0 && i >= lines.length - 8; i--) {
      const l = lines[i] as Line;
      if (Math.abs(l.y - y) <= Math.max(l.height, height) * 0.5) {
        line = l;
        break;
      }
    }
    if (line) {
      line.items.push(item);
      line.height = Math.max(line.height, height);
    } else lines.push({ y, height, items: [item] });
  }
  lines.sort((a, b) => b.y - a.y);
  const spacing = median(
    lines
      .slice(1)
      .map((l, i) => (lines[i] as Line).y - l.y)
      .filter((d) => d > 0),
  );
  const out: string[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const text = joinRuns(line.items);
    if (!text) continue;
    // A gap clearly wider than the usual line spacing separates paragraphs.
    if (previous && spacing > 0 && previous.y - line.y > spacing * 1.5 && out[out.length - 1] !== '') out.push('');
    out.push(text);
    previous = line;
  }
  return out;
}

/** One line's runs left to right, a space where the runs stand apart. */
function joinRuns(items: PositionedText[]): string {
  const sorted = [...items].sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
  let text = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const item of sorted) {
    const x = item.transform[4] ?? 0;
    const height = Math.abs(item.height || 10);
    if (text && !/\s$/.test(text) && !/^\s/.test(item.str) && x - end > height * 0.15) text += ' ';
    text += item.str;
    end = x + item.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}
