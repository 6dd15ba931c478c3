// `Label: value` headers, with the value on the same line or, as pages copied from a browser
// have it, alone on the next line ("Position Title:" then "Computing - DevOps Intern").
import type { Entry } from '../corpus/role.ts';

export interface LabelledValue {
  label: string;
  text: string;
  line: number;
}

const normal = (s: string) =>
  s
    .replace(/[*_#`>]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[:：.\s]+$/, '')
    .toLowerCase();

/** The label and value of an entry that is one (`Label: value`, `Label :` or a bare heading). */
export function splitLabel(text: string): { label: string; value: string } | null {
  const colon = text.search(/[:：]/);
  if (colon < 0) return { label: normal(text), value: '' };
  if (colon === 0 || colon > 48) return null;
  return { label: normal(text.slice(0, colon)), value: text.slice(colon + 1).trim() };
}

/** The first value of one of `labels` (lower case) among the first `limit` entries. */
export function findLabelledValue(entries: Entry[], labels: Set<string>, limit = 80): LabelledValue | null {
  const n = Math.min(entries.length, limit);
  for (let i = 0; i < n; i++) {
    const e = entries[i] as Entry;
    const t = e.text;
    if (t.length > 300) continue;
    const parts = splitLabel(t);
    if (!parts || !labels.has(parts.label)) continue;
    if (parts.value) return { label: parts.label, text: parts.value, line: e.line };
    // A bare label: its value is the next line, unless that is a label itself.
    const next = entries[i + 1];
    if (next && next.line <= e.line + 2 && next.text.length <= 200) {
      const nextParts = splitLabel(next.text);
      if (nextParts?.value === '' && labels.has(nextParts.label)) continue;
      if (nextParts && nextParts.value && nextParts.label.split(' ').length <= 3 && next.text.search(/[:：]/) < 30)
        continue;
      return { label: parts.label, text: next.text, line: next.line };
    }
  }
  return null;
}

export function labelSet(words: string[]): Set<string> {
  return new Set(words.map((w) => w.toLowerCase()));
}
