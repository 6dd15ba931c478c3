// The lines of a posting's text with their file line, for quoting a line that no fact holds
// ("remote work is possible", a document named in prose): every quote cites its line.
import type { Posting } from '../corpus/posting.ts';

export interface TextLine {
  text: string;
  line?: number;
}

/** The posting's text lines, each with its file line when the posting kept them. */
export function textLinesOf(p: Posting): TextLine[] {
  const lines = p.text.split('\n');
  const at = p.textLines;
  if (!at || at.length !== lines.length) return lines.map((text) => ({ text }));
  return lines.map((text, i) => ({ text, line: at[i] as number }));
}

/** ` (line N)` for a quoted line that has one, else nothing. */
export function lineNote(l: { line?: number | undefined }): string {
  return l.line ? ` (line ${l.line})` : '';
}
