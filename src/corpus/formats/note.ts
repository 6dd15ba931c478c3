// Personal notes: markdown-ish text with #hashtags and a 12-digit timestamp id
// (202411071118 = posted 2024-11-07 11:18).
import type { FormatParser } from '../role.ts';
import { splitRoles } from '../split-roles.ts';
import { roleFromLines } from './markdown.ts';
import { numberedLines } from './text-lines.ts';

const stamp = /^\s*((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])([01]\d|2[0-3])([0-5]\d)\s*$/;

export function noteTimestamp(text: string): { date: string; line: number; text: string } | null {
  // Every file reaching note detection asks: most have no 12-digit run at all.
  if (!/\d{12}/.test(text)) return null;
  const lines = numberedLines(text);
  for (const l of lines) {
    const m = stamp.exec(l.text);
    if (m) return { date: `${m[1]}-${m[2]}-${m[3]}`, line: l.line, text: l.text.trim() };
  }
  return null;
}

export const noteParser: FormatParser = {
  format: 'note',
  detect: (text) =>
    noteTimestamp(text) !== null || (text.includes('#') && /(^|\s)#[A-Za-z][\w-]+(\s#[A-Za-z][\w-]+)+/.test(text)),
  parse: (text) => {
    const lines = numberedLines(text).filter((l) => !stamp.test(l.text));
    // Hashtag-only lines are tags, not headings.
    const role = roleFromLines(
      lines.map((l) => (/^\s*#[A-Za-z]/.test(l.text) ? { ...l, text: `Tags: ${l.text.trim()}` } : l)),
      'note',
      text,
    );
    const ts = noteTimestamp(text);
    if (ts) role.stated = { ...role.stated, posted: { text: ts.text, line: ts.line, date: ts.date } };
    return splitRoles(role, text);
  },
};
