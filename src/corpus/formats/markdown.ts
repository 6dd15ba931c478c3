// Markdown ads: headings, **bold** labels, lists and nested lists. The title is the first
// heading (or a first short line that is not a section heading).
import type { FormatParser, RawRole } from '../role.ts';
import { classifyHeading, linesToEntries, stripMarkup } from '../sections.ts';
import { splitRoles } from '../split-roles.ts';
import { type NumberedLine, numberedLines } from './text-lines.ts';

export function roleFromLines(lines: NumberedLine[], format: RawRole['format'], raw: string): RawRole {
  const entries = linesToEntries(lines);
  let title: string | null = null;
  let titleLine: number | null = null;
  const first = entries[0];
  const heading = entries.find((e) => e.kind === 'heading' && /^#/.test(lineText(lines, e.line)));
  // Only a heading that IS a section name ("Requirements") is not the title: "Java developer
  // position at CNRS" names a section word but is a title.
  if (heading && classifyHeading(heading.text, true) === null && heading.text.length <= 160) {
    title = heading.text;
    titleLine = heading.line;
  } else if (
    first &&
    first.kind === 'text' &&
    first.text.length <= 140 &&
    !/[.!?]$/.test(first.text) &&
    classifyHeading(first.text) === null
  ) {
    title = first.text;
    titleLine = first.line;
  }
  if (titleLine !== null) {
    const t = titleLine;
    const idx = entries.findIndex((e) => e.line === t);
    if (idx >= 0) entries.splice(idx, 1);
  }
  const start = lines.find((l) => l.text.trim())?.line ?? 1;
  return { title: title ? stripMarkup(title) : null, titleLine, line: titleLine ?? start, entries, raw, format };
}

function lineText(lines: NumberedLine[], line: number): string {
  return lines.find((l) => l.line === line)?.text.trim() ?? '';
}

export const markdownParser: FormatParser = {
  format: 'markdown',
  detect: (text, file) =>
    /\.(md|markdown)$/i.test(file) || /^#{1,6}\s+\S/m.test(text) || /^\*\*[^*\n]{1,60}:?\*\*/m.test(text),
  parse: (text) => splitRoles(roleFromLines(numberedLines(text), 'markdown', text), text),
};

export const plainTextParser: FormatParser = {
  format: 'plain-text',
  detect: () => true,
  parse: (text) => splitRoles(roleFromLines(numberedLines(text), 'plain-text', text), text),
};
