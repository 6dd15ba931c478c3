// Section headings and `Label: value` lines, classified from the cue words in facts/cues.json.
import cues from '../facts/cues.json' with { type: 'json' };
import { findAmounts } from '../facts/money-amounts.ts';
import { broadestOrgName } from '../facts/org-names.ts';
import { collapseSpaces } from './formats/text-lines.ts';
import type { Entry, SectionKind } from './role.ts';

const headingMap = new Map<string, SectionKind>();
for (const [kind, words] of Object.entries(cues.sections)) {
  for (const w of words) headingMap.set(w, kind as SectionKind);
}

// Every word of the section names: a line holding none of them names no section (most lines).
const headingWords = new Set([...headingMap.keys()].flatMap((name) => name.split(' ')));

// Turkish "İ" lower-cases to "i" and a combining dot ("İletişim" -> "i̇letişim"); the cue words write "iletişim".
const DOTTED_I = /i\u0307/g;

/** Normalise a heading for lookup: no markup, lower case, no trailing colon. */
export function headingKey(text: string): string {
  // \s has \u00a0.
  return collapseSpaces(text.replace(/[*_#`>]+/g, ' '))
    .trim()
    .replace(/[:.\-–]+$/, '')
    .trim()
    .toLowerCase()
    .replace(DOTTED_I, 'i');
}

// Postings repeat their headings and labels ("Deadline", "Requirements"): remember the answers.
const classified = [new Map<string, SectionKind | null>(), new Map<string, SectionKind | null>()];
const CLASSIFIED_MAX = 20_000;

// A role noun ("engineer", "administrator"...) as a word, singular or plural.
const roleNounRe = new RegExp(`\\b(?:${cues.roleNouns.join('|')})s?\\b`);

/** The section a heading opens, or null when the words are not a known section. */
export function classifyHeading(text: string, exactOnly = false): SectionKind | null {
  const memo = classified[exactOnly ? 1 : 0] as Map<string, SectionKind | null>;
  let kind = memo.get(text);
  if (kind === undefined) {
    if (memo.size >= CLASSIFIED_MAX) memo.clear();
    kind = classify(text, exactOnly);
    memo.set(text, kind);
  }
  return kind;
}

function classify(text: string, exactOnly: boolean): SectionKind | null {
  const key = headingKey(text);
  if (!key || key.length > 70) return null;
  const exact = headingMap.get(key);
  if (exact) return exact;
  if (exactOnly) return null;
  // A line that states an amount is pay, not the heading of a pay section: "Salary £38,205 -
  // £46,974 per annum", "Grade 7: £38,205 to £46,974".
  if (/\d/.test(text) && findAmounts(text).length > 0) return null;
  // A line naming a role is a title, even with a section word in it ("Grid Site Administrator").
  if (roleNounRe.test(key)) return null;
  // "Contract duration and salary", "Your responsibilities": first known word group wins.
  const words = key.split(' ');
  if (!words.some((w) => headingWords.has(w))) return null;
  for (let n = Math.min(words.length, 4); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const k = headingMap.get(words.slice(i, i + n).join(' '));
      if (k) return k;
    }
  }
  return null;
}

export function stripMarkup(text: string): string {
  if (!/[*_`<[\u00a0\t]| {2}/.test(text)) return text.trim();
  return (
    text
      .replace(/\[([^\]]*)\]\((?:mailto:)?[^)\s]*\)/g, '$1')
      .replace(/<(https?:[^>\s]+)>/g, '$1')
      // A star inside a word is no emphasis: German gendered nouns ("Mitarbeiter*in",
      // "Wissenschaftliche*r"), also inside a bold title.
      .replace(
        /(?<![A-Za-z\u00C0-\u024F0-9])\*{1,3}((?:[^*]|(?<=[A-Za-z\u00C0-\u024F])\*(?=[A-Za-z\u00C0-\u024F]))*)\*{1,3}/g,
        '$1',
      )
      .replace(/(^|\s)_{1,2}([^_]+)_{1,2}(?=\s|$|[.,;:])/g, '$1$2')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/\u00a0/g, ' ')
      .replace(/[ \t]{2,}|\t/g, ' ') // [ \t]+ -> ' ', touching only the runs that change
      .trim()
  );
}

/** Whether the line is an institution's name, nearly whole ("Kestrel Institute of Technology"). */
function institutionName(t: string): boolean {
  const org = broadestOrgName(t);
  return org !== null && org.name.length >= t.length * 0.8;
}

function wordCount(t: string): number {
  let words = 1;
  for (let i = t.indexOf(' '); i >= 0; i = t.indexOf(' ', i + 1)) words++;
  return words;
}

// Bullets, numbers, and the letters and roman numerals of a call's lists ("a) età non superiore
// a 35 anni;", "(ii) a PhD in physics").
const itemMarker = /^(?:[-*+•‣▪◦]|\d{1,2}[.)]|\(?[a-z]\)|\(?(?:i{1,3}|iv|vi{0,3}|ix|x)\))\s+/;
// Letters of any script: "Profil recherché :", "Überblick:".
const labelRe = /^(\p{L}[\p{L}/ &'’.-]{1,40}?)\s*:\s*(.*)$/u;
// "Closing Date        07/12/2012": a form's label and its value in columns, aligned by spaces
// (a table copied from a page, a PDF's text) rather than joined by a colon.
const alignedRe = /^(\p{L}[\p{L}/&'’.()-]*(?: [\p{L}/&'’.()-]+){0,3})(?:[ \t]{3,}|\t)\s*(\S.*)$/u;

/** "Label   value" as "Label: value", when the value is no second heading ("Duties    Requirements"). */
function alignedLabel(t: string): string {
  const m = alignedRe.exec(t);
  if (!m || classifyHeading(m[2] as string) !== null) return t;
  return `${m[1]}: ${m[2]}`;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Whether the next line with text is prose, not another item of a list. */
function proseFollows(lines: Array<{ text: string }>, i: number): boolean {
  for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
    const t = (lines[j] as { text: string }).text.trim();
    if (t) return !itemMarker.test(t) && t.charCodeAt(0) !== 35;
  }
  return false;
}

/**
 * Turns markdown / plain-text lines into entries: headings open sections, list items and
 * prose inherit the open section, `Label: value` lines carry their own section.
 */
export function linesToEntries(lines: Array<{ text: string; line: number }>): Entry[] {
  const entries: Entry[] = [];
  let section: SectionKind = 'none';
  let listSection: SectionKind | null = null;
  for (const [i, { text: raw, line }] of lines.entries()) {
    let t = raw.trim();
    if (!t) continue;
    // trimStart drops what \s matches (\u00a0 included).
    const indent = raw.length - raw.trimStart().length;
    const heading = t.charCodeAt(0) === 35 ? /^(#{1,6})\s+(.*)$/.exec(t) : null;
    if (heading) {
      const h = stripMarkup(heading[2] ?? '');
      // A long heading names a section only in its own words: "Open positions at the Institute
      // for ..." is a title, not a "location" section, as a long bare line is below.
      const kind = classifyHeading(h, wordCount(h) > 6);
      if (kind) section = kind;
      else if (!/[:]$/.test(h)) section = 'none';
      listSection = null;
      entries.push({ text: h, line, kind: 'heading', section: kind ?? 'none', level: (heading[1] ?? '').length });
      continue;
    }
    const t0 = t.charCodeAt(0);
    const marker = itemMarker.exec(t);
    const isItem = marker !== null;
    if (marker) t = t.slice(marker[0].length);
    if ((t.includes('   ') || t.includes('\t')) && !t.includes(':')) t = alignedLabel(t);
    const clean = stripMarkup(t);
    if (!clean) continue;
    // A whole-line bold/italic phrase or a short line that is a known heading.
    const bare = !/[.!?]$/.test(clean) && (/^(\*{1,3}|_{1,2})[^*_]+\1:?$/.test(t) || clean.length <= 60);
    const lab = clean.includes(':') ? labelRe.exec(clean) : null;
    if (lab && (lab[2] ?? '').trim()) {
      const label = (lab[1] ?? '').trim();
      const kind = classifyHeading(label);
      if (kind && !isItem) {
        entries.push({ text: clean, line, kind: 'label', section: kind, label });
        continue;
      }
    }
    if (bare) {
      const words = wordCount(clean);
      // "Department: Institute for Nuclear Physics": a label whose value holds a section word
      // ("institute") is no heading; only the whole line as a known name could be one.
      const valued = lab !== null && (lab[2] ?? '').trim() !== '';
      // "5. Start Date of Employment" over prose: a numbered heading of a call, not a list item.
      const numbered = isItem && words <= 6 && isDigit(t0) && proseFollows(lines, i);
      const kind0 = classifyHeading(clean, (isItem && !numbered && !clean.endsWith(':')) || words > 6 || valued);
      // "National Institute of Standards and Technology": an institution's whole name under the
      // title names the host, not a "location" section over the lines below it.
      const kind = kind0 === 'location' && words >= 3 && institutionName(clean) ? null : kind0;
      if (kind) {
        if (numbered) {
          section = kind;
          listSection = null;
        } else if (isItem) listSection = kind;
        else {
          section = kind;
          listSection = null;
        }
        entries.push({ text: clean.replace(/:$/, ''), line, kind: 'heading', section: kind });
        continue;
      }
      // A numbered heading of no known section ends the one before it.
      if (numbered) section = 'none';
      if (!isItem && clean.endsWith(':') && words <= 6) {
        section = 'none';
        listSection = null;
        entries.push({ text: clean.replace(/:$/, ''), line, kind: 'heading', section: 'none' });
        continue;
      }
    }
    // "Possono partecipare i candidati con i seguenti requisiti:", "You will bring the following
    // skills:": a sentence that opens a list names the list's section, as a heading would.
    if (!isItem && clean.endsWith(':') && clean.length <= 160) {
      const kind = classifyHeading(clean.slice(0, -1));
      if (kind) {
        section = kind;
        listSection = null;
        entries.push({ text: clean, line, kind: 'text', section: kind });
        continue;
      }
    }
    if (isItem && indent === 0) listSection = null;
    const sec = isItem && indent > 0 && listSection ? listSection : section;
    entries.push({ text: clean, line, kind: isItem ? 'item' : 'text', section: sec });
  }
  return entries;
}
