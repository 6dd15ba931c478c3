// Several roles in one file: a list of roles ("14 PhD positions" over a line per project), a
// list of vacancies each under its institution's heading, a call whose bullets each open a
// role's own paragraphs. Each becomes its own RawRole, its own lines first and the file's shared
// lines (introduction, deadline, contact) after them. A bullet list of duties is not a list of
// roles: a file must announce several roles, and each role line must read as a title.

import dateCues from '../facts/cues.json' with { type: 'json' };
import { broadestOrgName } from '../facts/org-names.ts';
import cues from '../facts/place-cues.json' with { type: 'json' };
import { namesRole, notATitle } from '../facts/title.ts';
import { experimentVocabulary, organisationVocabulary } from '../facts/vocab.ts';
import type { Entry, RawRole, SectionKind } from './role.ts';
import { classifyHeading, stripMarkup } from './sections.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const severalRe = new RegExp(
  `(?:^|[^\\p{L}\\p{N}])(?:\\d{1,3}|${cues.severalCounts.map(esc).join('|')})\\s+(?:[\\p{L}'’-]+\\s+){0,3}(?:${cues.severalRoles.map(esc).join('|')})(?![\\p{L}])`,
  'iu',
);
// What severalRe must end with: a line without one of the roles words is passed by in one scan.
const severalHint = new RegExp(`(?:${cues.severalRoles.map(esc).join('|')})(?![\\p{L}])`, 'iu');
const listHeadingRe = new RegExp(`^(?:${cues.listHeadings.map(esc).join('|')})\\b`, 'i');
// A line's own share of the positions ("Life Sciences (3 positions)") is an area, not a role.
const ownCountRe = new RegExp(`\\(\\s*\\d{1,3}\\s+(?:${cues.severalRoles.map(esc).join('|')})\\s*\\)`, 'i');
// "PhD Topic Overview", "Project information": a heading over the list, not a role of it.
const pageWordEnd = /\b(?:overview|information|instructions|details|summary|list)$/i;
const trailingUrl = /\s+<?(?:https?:\/\/|mailto:)\S+$/;
const linkItemRe = /^\s*(?:[-*+•]|\d{1,2}[.)])\s+\[([^\]]{3,200})\]\(/;
const notRoleSections = new Set<SectionKind>([
  'duties',
  'required',
  'desired',
  'eligibility',
  'documents',
  'contact',
  'salary',
  'duration',
  'start',
  'deadline',
]);

/** Whether a file announces several roles ("14 Open PhD Positions", "Available Positions"). */
function announcesSeveral(role: RawRole): boolean {
  const heads = [role.title ?? '', ...role.entries.slice(0, 15).map((e) => e.text)];
  return heads.some(
    (t) => t.length <= 400 && ((severalHint.test(t) && severalRe.test(t)) || (t.length <= 80 && listHeadingRe.test(t))),
  );
}

/** Title case: most words of four letters or more start with a capital. */
function titleCase(t: string): boolean {
  const ws = (t.match(/[\p{L}][\p{L}'’-]*/gu) ?? []).filter((w) => w.length >= 4);
  if (!ws.length) return /^\p{Lu}/u.test(t);
  return ws.filter((w) => /^\p{Lu}/u.test(w)).length >= ws.length * 0.6;
}

interface Candidate {
  index: number;
  title: string;
  item: boolean;
}

/** The title a line gives a role of a list, or null when it is no role line. */
function roleLine(e: Entry, raw: string): string | null {
  if (e.level) return null;
  return titleOfLine(e, raw);
}

const trailingBracket = /\s*\(([^()]{3,80})\)$/;
const factKinds = new Set<SectionKind>(['deadline', 'start', 'duration', 'salary']);
/**
 * A role line without the fact it states in brackets ("PhD Student in Wave Modelling (deadline
 * 17 March 2027)"): the fact is the role's, not its title. Other brackets stay ("(m/w/d)",
 * "(EP-CMS-2026-80-GRAE)").
 */
function withoutStatedFact(title: string): string {
  const m = title.endsWith(')') ? trailingBracket.exec(title) : null;
  const words = m?.[1]?.split(/[\d:]/)[0]?.trim();
  return m && words && factKinds.has(classifyHeading(words) ?? 'none') ? title.slice(0, m.index).trim() : title;
}

/** The title a line (a list's line or a heading) would give a role, or null when it reads as none. */
function titleOfLine(e: Entry, raw: string): string | null {
  if (e.kind === 'label' || notRoleSections.has(e.section)) return null;
  const link = linkItemRe.exec(raw)?.[1];
  // A list's line may end with its link's address ("Detector Technician https://..."): the
  // address is the role's, not its title.
  const title = withoutStatedFact((link ?? e.text.replace(trailingUrl, '')).trim());
  if (title.length < 3 || title.length > 200 || /[.!?:;,]$/.test(title) || title.includes('|')) return null;
  // "Astrophysics Instrumentation Fellowships (1 position)" names a role; "Life Sciences (3 positions)" an area.
  if (!/^[\p{Lu}\p{N}]/u.test(title) || (ownCountRe.test(title) && !namesRole(title.replace(ownCountRe, ''))))
    return null;
  const bare = title.replace(/\s*\([^)]*\)/g, '').trim();
  if (!bare || listHeadingRe.test(bare) || severalRe.test(bare) || pageWordEnd.test(bare)) return null;
  const colon = bare.indexOf(':');
  if (colon >= 0) {
    // "DePhaCTo: Deep Learning for ...", not "Job type: Academic".
    const value = bare.slice(colon + 1).trim();
    if (value.split(/\s+/).length < 3 || !titleCase(bare.slice(0, colon)) || !titleCase(value)) return null;
    if (notATitle(value)) return null;
  } else if (!titleCase(bare) || notATitle(bare)) return null;
  return title;
}

/** The heading an institution's vacancies sit under ("### Princeton University"), as an organisation. */
function groupHost(entries: Entry[], from: number, to: number): string | null {
  for (let k = to - 1; k >= from; k--) {
    const e = entries[k] as Entry;
    if (!e.level) continue;
    const t = e.text;
    if (broadestOrgName(t) || organisationVocabulary.find(t).length || experimentVocabulary.find(t).join(' ') === t)
      return t;
    return null;
  }
  return null;
}

// "Bewerbungsschluss: 15.01.2027", "Closing date: …": a deadline stated on a label line of a role's own.
const deadlineLabels = new Set(dateCues.dates.deadline.map((w) => w.toLowerCase().replace(/:$/, '')));
function isDeadlineLine(e: Entry): boolean {
  if (e.section === 'deadline') return true;
  const colon = e.text.indexOf(':');
  return colon > 0 && colon <= 40 && deadlineLabels.has(e.text.slice(0, colon).trim().toLowerCase());
}

// "Position 1: Detector Engineer", "Poste 2 – Ingénieur …", "Stelle Nr. 3: …": a numbered role header.
const numberedRoleRe = new RegExp(
  `^(?:${cues.numberedRoleHeads.map(esc).join('|')})\\s*(?:no\\.?\\s*|nr\\.?\\s*|n°\\s*|#)?(\\d{1,2})\\s*[:.–—-]\\s+(\\p{Lu}.{2,150})$`,
  'iu',
);

// "1.- Astrophysics Research Fellowships (4 positions)", "2) Instrumentation Fellowship": a number
// alone before a line in title case that names a role, not a section ("2. Available positions").
const bareNumberedRe = /^(\d{1,2})\s*(?:\.-|[.)–-])\s+(\p{Lu}.{2,150})$/u;
function bareNumberedRole(t: string): RegExpExecArray | null {
  const m = bareNumberedRe.exec(t);
  const bare = m?.[2]?.replace(/\s*\([^)]*\)/g, '').trim();
  if (!m || !bare || !titleCase(bare) || !namesRole(bare) || classifyHeading(bare) !== null) return null;
  return /^(?:positions?|posts?|vacanc|openings?)\b/i.test(bare) ? null : m;
}

/**
 * Roles under numbered headers ("Position 1: …", "Position 2: …"), numbered from 1 in order:
 * each role is its header and the lines up to the next header; the lines before the first are shared.
 */
function numberedRoles(entries: Entry[]): HeadedRoles | null {
  const chosen: Candidate[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    if (e.text.length > 160 || !/\d/.test(e.text)) continue;
    const m = numberedRoleRe.exec(e.text) ?? bareNumberedRole(e.text);
    if (!m || Number(m[1]) !== chosen.length + 1) continue;
    const title = (m[2] as string).trim();
    if (/[.!?;,]$/.test(title) || notATitle(title)) continue;
    chosen.push({ index: i, title, item: false });
  }
  if (chosen.length < 2) return null;
  const blocks = chosen.map((c, k) => {
    const end = chosen[k + 1]?.index ?? entries.length;
    return Array.from({ length: end - c.index }, (_, j) => c.index + j);
  });
  // Headers one under the other ("1.- ... (4 positions)", "2.- ... (1 position)"): what follows
  // the last is the file's, shared by every role, not the last role's own.
  if (blocks.slice(0, -1).every((b) => b.length === 1)) (blocks[blocks.length - 1] as number[]).length = 1;
  return { chosen, blocks };
}

interface HeadedRoles {
  chosen: Candidate[];
  /** Each role's own entries: its heading and what follows, up to a heading of its level. */
  blocks: number[][];
}

/**
 * Vacancies under headings of one level ("## Postdoc in ...", "## Data Engineer ..."), each
 * with its own deadline among its lines: a job board's page, a call of several posts. Two or
 * more such headings, and most headings of that level that read as titles, make the list.
 */
function headedRoles(entries: Entry[], rawOf: (e: Entry) => string): HeadedRoles | null {
  const levels: number[] = entries.map((e) => e.level ?? 0);
  for (let level = 1; level <= 6; level++) {
    const chosen: Candidate[] = [];
    const blocks: number[][] = [];
    let dated = 0;
    for (let i = 0; i < entries.length; i++) {
      if (levels[i] !== level) continue;
      const title = titleOfLine(entries[i] as Entry, rawOf(entries[i] as Entry));
      if (!title) continue;
      const block = [i];
      let ownDeadline = false;
      for (let j = i + 1; j < entries.length; j++) {
        const l = levels[j] ?? 0;
        if (l > 0 && l <= level) break;
        block.push(j);
        ownDeadline ||= isDeadlineLine(entries[j] as Entry);
      }
      if (ownDeadline) dated++;
      chosen.push({ index: i, title, item: false });
      blocks.push(block);
    }
    if (dated >= 2 && dated * 3 >= chosen.length * 2) return { chosen, blocks };
  }
  return null;
}

/** Whether an item before `first` is a list heading of its own ("1. Positions Offered"), with no colon to open a list. */
function siblingOfAnnouncement(entries: Entry[], first: number): boolean {
  for (let j = 0; j < first; j++) {
    const e = entries[j] as Entry;
    if (e.kind !== 'item' || e.text.length > 80 || e.text.endsWith(':')) continue;
    if (listHeadingRe.test(e.text.replace(/\s*\([^)]*\)/g, '').trim())) return true;
  }
  return false;
}

/** One role per role line of a file that lists several; the file's one role otherwise. */
export function splitRoles(role: RawRole, text: string, rawOfEntry?: (e: Entry) => string): RawRole[] {
  const entries = role.entries;
  if (entries.length < 3 || !announcesSeveral(role)) return [role];
  // A format that rebuilt its lines (HTML) says what each entry's line was; the others are read
  // from their text.
  const rawLines = rawOfEntry ? [] : text.split(/\r\n|\r|\n/);
  const rawOf = rawOfEntry ?? ((e: Entry) => rawLines[e.line - 1] ?? e.text);
  const headed = headedRoles(entries, rawOf) ?? numberedRoles(entries);
  if (headed) return rolesOf(role, headed.chosen, headed.blocks, rawOf, false);
  const all: Candidate[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i] as Entry;
    const title = roleLine(e, rawOf(e));
    if (title) all.push({ index: i, title, item: e.kind === 'item' });
  }
  // Adjacent title lines (three or more), or bullets (two or more): the larger list wins.
  const runs: Candidate[][] = [];
  for (const c of all) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && !c.item && !last.item && c.index === last.index + 1) run.push(c);
    else runs.push([c]);
  }
  const adjacent = runs.filter((r) => r.length >= 3).sort((a, b) => b.length - a.length)[0] ?? [];
  const bullets = all.filter((c) => c.item);
  const chosen = bullets.length >= 2 && bullets.length >= adjacent.length ? bullets : adjacent;
  if (chosen.length < 2) return [role];
  // "1. Positions Offered", "2. Affiliation", "3. Period of Employment": the announcing line is an
  // item of the same list, so the bullets are its sibling sections, not roles under it.
  if (chosen === bullets && siblingOfAnnouncement(entries, (chosen[0] as Candidate).index)) return [role];
  const own = new Set<number>();
  const blocks: number[][] = [];
  const firstIndex = (chosen[0] as Candidate).index;
  for (const [k, c] of chosen.entries()) {
    const block = [c.index];
    if (chosen === bullets) {
      const end = chosen[k + 1]?.index ?? entries.length;
      // A role's own paragraphs, up to the next role or the heading over it.
      for (let j = c.index + 1; j < end; j++) {
        const e = entries[j] as Entry;
        if (e.level) break;
        if (
          j === end - 1 &&
          k + 1 < chosen.length &&
          e.kind === 'text' &&
          e.text.length <= 60 &&
          !/[.!?]$/.test(e.text)
        )
          break;
        block.push(j);
      }
    }
    blocks.push(block);
  }
  // Bullets of one line each ("• Postdoc in ...", "• PhD Student in ..."): what follows the
  // last is the file's, shared by every role, not the last role's own paragraphs.
  const last = blocks[blocks.length - 1] as number[];
  if (chosen === bullets && blocks.length >= 2 && blocks.slice(0, -1).every((b) => b.length === 1)) last.length = 1;
  for (const block of blocks) for (const j of block) own.add(j);
  const lastEnd = (last[last.length - 1] ?? 0) + 1;
  const shared = entries.filter(
    (_, j) => !own.has(j) && (chosen !== bullets || j < firstIndex || (last.length === 1 && j >= lastEnd)),
  );
  return rolesOf(role, chosen, blocks, rawOf, chosen === bullets, shared);
}

/**
 * The roles of a table of roles (./formats/role-table.ts), one per row: `rows` are each row's
 * rebuilt lines ("Position: title", "Deadline: ..."), the title's first. Null when the rows are
 * not all found among the role's entries, in order.
 */
export function splitTableRows(
  role: RawRole,
  rows: ReadonlyArray<ReadonlyArray<{ text: string; line: number }>>,
  rawOf: (e: Entry) => string,
): RawRole[] | null {
  const entries = role.entries;
  const chosen: Candidate[] = [];
  const blocks: number[][] = [];
  let at = 0;
  for (const row of rows) {
    const first = row[0];
    if (!first) return null;
    const start = entries.findIndex((e, j) => j >= at && e.line === first.line && e.text === stripMarkup(first.text));
    if (start < 0) return null;
    const block: number[] = [];
    for (const [k, l] of row.entries()) {
      const e = entries[start + k];
      if (!e || e.line !== l.line || e.text !== stripMarkup(l.text)) return null;
      block.push(start + k);
    }
    const title = first.text.slice(first.text.indexOf(':') + 1).trim();
    chosen.push({ index: start, title, item: false });
    blocks.push(block);
    at = start + row.length;
  }
  return rolesOf(role, chosen, blocks, rawOf, false);
}

/** The roles of a list: each its own entries first, then the parent's title and the shared lines. */
function rolesOf(
  role: RawRole,
  chosen: Candidate[],
  blocks: number[][],
  rawOf: (e: Entry) => string,
  bulleted: boolean,
  sharedEntries?: Entry[],
): RawRole[] {
  const entries = role.entries;
  const own = new Set(blocks.flat());
  const shared = sharedEntries ?? entries.filter((_, j) => !own.has(j));
  const parentTitle: Entry[] =
    role.title && role.titleLine !== null
      ? [{ text: role.title, line: role.titleLine, kind: 'heading', section: 'none' }]
      : [];
  return chosen.map((c, k) => {
    const block = (blocks[k] as number[]).map((j) => entries[j] as Entry);
    const host = bulleted ? groupHost(entries, 0, c.index) : null;
    const line = (entries[c.index] as Entry).line;
    const stated = host ? { ...role.stated, organisation: host } : role.stated;
    return {
      title: c.title,
      titleLine: line,
      line,
      entries: [...block, ...parentTitle, ...shared],
      raw: [...block, ...shared].map(rawOf).join('\n'),
      format: role.format,
      split: true,
      ...(stated ? { stated } : {}),
    };
  });
}
