// `Label: value` headers, with the value on the same line or, as pages copied from a browser
// have it, alone on the next line ("Position Title:" then "Computing - DevOps Intern").
import type { Entry } from '../corpus/role.ts';

export interface LabelledValue {
  label: string;
  text: string;
  line: number;
}

// Turkish "İ" lower-cases to "i" and a combining dot ("İletişim"); the label words write "iletişim".
const DOTTED_I = /i\u0307/g;
const lower = (s: string) => s.toLowerCase().replace(DOTTED_I, 'i');
const markup = /[*_#`>\s]{2}|[*_#`>\t\u00a0]/;
const plain = /^[\p{L} ()'’.-]*$/u;
const normal = (s: string) =>
  plain.test(s)
    ? lower(s.trim().replace(/[.\s]+$/, ''))
    : s
        .replace(/[*_#`>]+/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[:：.\s]+$/, '')
        .toLowerCase()
        .replace(DOTTED_I, 'i');

/** The label and value of an entry that is one (`Label: value`, `Label :` or a bare heading). */
export function splitLabel(text: string): { label: string; value: string } | null {
  let colon = text.indexOf(':');
  if (colon < 0) colon = text.indexOf('：');
  // A line without a colon is a bare label only when it is short.
  if (colon < 0) return text.length <= 48 ? { label: normal(text), value: '' } : null;
  if (colon === 0 || colon > 48) return null;
  return { label: normal(text.slice(0, colon)), value: text.slice(colon + 1).trim() };
}

/** splitLabel for a label some reader asks for, else null, without normalising most lines. */
function knownLabel(text: string): { label: string; value: string } | null {
  let colon = text.indexOf(':');
  if (colon < 0) colon = text.indexOf('：');
  if ((colon < 0 ? text.length : colon) > 48 || colon === 0) return null;
  const head = colon < 0 ? text : text.slice(0, colon);
  let label = lower(head.trim());
  if (label.endsWith('.')) label = label.replace(/[.\s]+$/, '');
  if (!known.has(label)) {
    // "ORGANISATION/COMPANY:", "Lieu / Location :": alternatives, one of them a known label.
    const alt = label.includes('/') ? label.split('/').find((p) => known.has(p.trim())) : undefined;
    if (alt) label = alt.trim();
    // Only markup ("**Location**") or odd spacing can hide a known label.
    else if (!markup.test(head)) return null;
    else {
      label = normal(head);
      if (!known.has(label)) return null;
    }
  }
  return { label, value: colon < 0 ? '' : text.slice(colon + 1).trim() };
}

// A role's entries are asked for several labels (title, organisation, location): split once,
// keeping only lines whose label some reader asks for (registered with labelSet).
const LIMIT = 80;
const known = new Set<string>();
const splitCache = new WeakMap<Entry[], Array<{ label: string; value: string } | null>>();

function splitEntries(entries: Entry[]): Array<{ label: string; value: string } | null> {
  let parts = splitCache.get(entries);
  if (!parts) {
    parts = [];
    for (let i = 0; i < Math.min(entries.length, LIMIT + 1); i++) {
      const t = (entries[i] as Entry).text;
      parts.push(t.length > 300 ? null : knownLabel(t));
    }
    splitCache.set(entries, parts);
  }
  return parts;
}

// "Working address: N/A", "Location: -": a form's empty field, no value.
const NO_VALUE = /^(?:n\/?a|n\.\s?a\.?|none|not applicable|not available|tbd|tba|[-–—?]+)$/i;

/** Whether a label's value is a form's placeholder for none ("N/A", "Not applicable", "-"). */
export function isNoValue(value: string): boolean {
  return value.length <= 16 && NO_VALUE.test(value.trim());
}

/** The first value of one of `labels` (lower case) among the first `limit` entries. */
export function findLabelledValue(entries: Entry[], labels: Set<string>, limit = LIMIT): LabelledValue | null {
  const n = Math.min(entries.length, limit, LIMIT);
  const split = splitEntries(entries);
  for (let i = 0; i < n; i++) {
    const e = entries[i] as Entry;
    const parts = split[i];
    if (!parts || !labels.has(parts.label)) continue;
    if (parts.value && isNoValue(parts.value)) continue;
    if (parts.value) return { label: parts.label, text: parts.value, line: e.line };
    // A bare label: its value is the next line, unless that is a label itself.
    const next = entries[i + 1];
    if (next && next.line <= e.line + 2 && next.text.length <= 200) {
      const nextParts = split[i + 1] ?? splitLabel(next.text);
      if (nextParts?.value === '' && labels.has(nextParts.label)) continue;
      if (nextParts?.value && nextParts.label.split(' ').length <= 3 && next.text.search(/[:：]/) < 30) continue;
      if (isNoValue(next.text)) continue;
      return { label: parts.label, text: next.text, line: next.line };
    }
  }
  return null;
}

export function labelSet(words: string[]): Set<string> {
  const set = new Set(words.map((w) => w.toLowerCase()));
  for (const w of set) known.add(w);
  return set;
}
