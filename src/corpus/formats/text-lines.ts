// Shared helpers: split text into numbered lines.
export interface NumberedLine {
  text: string;
  line: number;
}

export function numberedLines(text: string, firstLine = 1): NumberedLine[] {
  return text.split(/\r\n|\r|\n/).map((t, i) => ({ text: t, line: firstLine + i }));
}

export function firstTitleLine(lines: NumberedLine[]): NumberedLine | null {
  for (const l of lines) if (l.text.trim()) return l;
  return null;
}
