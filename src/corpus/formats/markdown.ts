// Markdown ads: headings, **bold** labels, lists and nested lists. The title is the first
// heading (or a first short line that is not a section heading).
import type { Entry, FormatParser, RawRole } from '../role.ts';
import { classifyHeading, linesToEntries, stripMarkup } from '../sections.ts';
import { splitRoles } from '../split-roles.ts';
import { unwrapLines } from './hard-wrap.ts';
import { pipeRowsAsLabels } from './pipe-rows.ts';
import { type NumberedLine, numberedLines } from './text-lines.ts';

export function roleFromLines(given: NumberedLine[], format: RawRole['format'], raw: string): RawRole {
  // A text wrapped by hand is read a paragraph a line (its first).
  const lines = unwrapLines(given);
  const entries = linesToEntries(lines);
  let titleEntry: Entry | null = null;
  const first = entries[0];
  const heading = topHeading(entries, lines);
  // Only a heading that IS a section name ("Requirements") is not the title: "Java developer
  // position at CNRS" names a section word but is a title.
  if (heading && classifyHeading(heading.text, true) === null && heading.text.length <= 160) titleEntry = heading;
  else if (
    first &&
    first.kind === 'text' &&
    first.text.length <= 140 &&
    !/[.!?]$/.test(first.text) &&
    classifyHeading(first.text) === null
  )
    titleEntry = first;
  // The title's own entry, not another block a page set on the same source line.
  if (titleEntry) entries.splice(entries.indexOf(titleEntry), 1);
  const titleLine = titleEntry?.line ?? null;
  const start = lines.find((l) => l.text.trim())?.line ?? 1;
  return {
    title: titleEntry ? stripMarkup(titleEntry.text) : null,
    titleLine,
    line: titleLine ?? start,
    entries,
    raw,
    format,
  };
}

const isHeadingLine = (l: NumberedLine) => l.text.trimStart().startsWith('#');
const isTopHeadingLine = (l: NumberedLine) => l.text.trimStart().startsWith('# ');

/**
 * The first heading, or the top-level heading right after it when that first one is a small
 * kicker over the title ("## Vacancy" or "## Job offer" set above "# Grid Operations Engineer").
 * Found among the lines (a page may set both on one source line), returned as its entry.
 */
function topHeading(entries: Entry[], lines: NumberedLine[]): Entry | undefined {
  const at = lines.findIndex(isHeadingLine);
  let chosen = lines[at];
  if (!chosen || proseBefore(lines, at)) return undefined;
  if (!isTopHeadingLine(chosen) && chosen.text.split(' ').length <= 5) {
    const next = lines.slice(at + 1, at + 3).find(isTopHeadingLine);
    if (next) chosen = next;
  }
  const pick = chosen;
  const text = stripMarkup(pick.text.replace(/^\s*#{1,6}\s+/, ''));
  return (
    entries.find((e) => e.kind === 'heading' && e.line === pick.line && e.text === text) ??
    entries.find((e) => e.kind === 'heading' && e.line === pick.line)
  );
}

/**
 * Whether paragraphs of prose come before line `at`: then its heading is a section's ("Position
 * Requirements" at the foot of a page that never set its title as a heading), not the title.
 */
function proseBefore(lines: NumberedLine[], at: number): boolean {
  let sentences = 0;
  for (let i = 0; i < at; i++) {
    const t = (lines[i] as NumberedLine).text;
    if (t.length >= 120 && /[.!?]\s+\p{Lu}/u.test(t) && ++sentences >= 2) return true;
  }
  return false;
}

export const markdownParser: FormatParser = {
  format: 'markdown',
  detect: (text, file) =>
    /\.(md|markdown)$/i.test(file) || /^#{1,6}\s+\S/m.test(text) || /^\*\*[^*\n]{1,60}:?\*\*/m.test(text),
  parse: (text) => splitRoles(roleFromLines(pipeRowsAsLabels(numberedLines(text)), 'markdown', text), text),
};

export const plainTextParser: FormatParser = {
  format: 'plain-text',
  detect: () => true,
  parse: (text) => splitRoles(roleFromLines(pipeRowsAsLabels(numberedLines(text)), 'plain-text', text), text),
};
