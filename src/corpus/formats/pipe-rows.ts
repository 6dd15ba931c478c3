// Markdown pipe tables of facts ("| Lieu de travail | PARIS 14 |"): a row of a short label and a
// value reads as "Label: value", as a Word or HTML table row does; the "|---|---|" rule and rows
// of empty cells become blank lines, so every line keeps its number. Wider rows stay as written.
import type { NumberedLine } from './text-lines.ts';

const RULE = /^[\s|:-]*$/;

function asLabel(text: string): string | null {
  const t = text.trim();
  if (!t.startsWith('|') || !t.endsWith('|') || t.length < 3) return null;
  if (RULE.test(t)) return '';
  const cells = t
    .slice(1, -1)
    .split('|')
    .map((c) => c.trim());
  if (cells.every((c) => !c)) return '';
  if (cells.length !== 2) return null;
  const [label, value] = cells as [string, string];
  if (!label || !value || label.length > 48 || label.endsWith(':') || !/^\p{L}/u.test(label)) return null;
  return `${label.replace(/\*\*|__/g, '')}: ${value}`;
}

/** The lines with two-cell pipe rows as `Label: value`; the same array when a text has none. */
export function pipeRowsAsLabels(lines: NumberedLine[]): NumberedLine[] {
  let out: NumberedLine[] | null = null;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as NumberedLine;
    // Most lines hold no "|": one native search rejects them.
    if (l.text.indexOf('|') < 0 || !l.text.trimStart().startsWith('|')) continue;
    const label = asLabel(l.text);
    if (label === null) continue;
    out ??= lines.slice();
    out[i] = { ...l, text: label };
  }
  return out ?? lines;
}
