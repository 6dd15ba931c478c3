// A table of roles, one row each ("Position | Group | Deadline | Contact"): a Word document or a
// job board announcing several posts in one grid. Its first row names the columns, one of them
// the role's title; every other row is a role whose title cell names one.
import type { HTMLElement } from 'node-html-parser';
import cues from '../../facts/place-cues.json' with { type: 'json' };
import { namesRole } from '../../facts/title.ts';
import type { SectionKind } from '../role.ts';
import { classifyHeading, headingKey } from '../sections.ts';

export interface RoleTable {
  /** The column names, from the first row. */
  headers: string[];
  /** The column holding each role's title. */
  titleColumn: number;
  /** The rows of roles, each its cells. */
  rows: HTMLElement[][];
}

const titleLabels = new Set(cues.titleLabels.map((l) => l.toLowerCase()));
const MAX_COLUMNS = 8;
const ownFactKinds = new Set<SectionKind>([
  'deadline',
  'contact',
  'location',
  'start',
  'duration',
  'duties',
  'required',
]);
const MAX_HEADER_CHARS = 40;

const tagOf = (el: HTMLElement) => (el.rawTagName ?? '').toLowerCase();

/** A row's cells (td, th), or null when one spans several columns. */
function cellsOf(tr: HTMLElement): HTMLElement[] | null {
  const cells = tr.childNodes.filter(
    (n): n is HTMLElement => n.nodeType === 1 && (tagOf(n as HTMLElement) === 'td' || tagOf(n as HTMLElement) === 'th'),
  );
  return cells.some((c) => Number(c.getAttribute('colspan') ?? 1) > 1) ? null : cells;
}

/** The table's own rows (through thead/tbody/tfoot), not those of a table inside one of its cells. */
function rowsOf(table: HTMLElement): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const child of table.childNodes) {
    if (child.nodeType !== 1) continue;
    const el = child as HTMLElement;
    const tag = tagOf(el);
    if (tag === 'tr') out.push(el);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot')
      for (const r of el.childNodes)
        if (r.nodeType === 1 && tagOf(r as HTMLElement) === 'tr') out.push(r as HTMLElement);
  }
  return out;
}

/** The table as a table of roles, or null when it is another kind of table. */
export function findRoleTable(table: HTMLElement): RoleTable | null {
  const rows = rowsOf(table);
  if (rows.length < 3) return null;
  const head = cellsOf(rows[0] as HTMLElement);
  if (!head || head.length < 2 || head.length > MAX_COLUMNS) return null;
  const headers = head.map((c) => c.text.replace(/\s+/g, ' ').trim().replace(/:$/, ''));
  if (headers.some((h) => !h || h.length > MAX_HEADER_CHARS || /[.!?]$/.test(h))) return null;
  const titleColumn = headers.findIndex((h) => titleLabels.has(headingKey(h)));
  if (titleColumn < 0) return null;
  // Each row has facts of its own (a deadline, a contact, a place): a table of pay by grade
  // ("Position | Monthly salary") describes one posting's roles, it does not list postings.
  if (!headers.some((h, k) => k !== titleColumn && ownFactKinds.has(classifyHeading(h) ?? 'none'))) return null;
  const body: HTMLElement[][] = [];
  for (const tr of rows.slice(1)) {
    const cells = cellsOf(tr);
    if (!cells || cells.length !== headers.length) return null;
    const title = (cells[titleColumn] as HTMLElement).text.replace(/\s+/g, ' ').trim();
    // Every row names a role in its title cell: a table of grades or of dates is no list of posts.
    if (title.length < 3 || title.length > 200 || /[.!?:;]$/.test(title) || !namesRole(title)) return null;
    body.push(cells);
  }
  return { headers, titleColumn, rows: body };
}
