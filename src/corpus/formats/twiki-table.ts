// TWiki table export: a header row of tab-separated column names, then one row per role.
// Cells hold inline HTML (<p>, <ul>/<ol>, "•" bullets, "1." numbers). A row whose first cell
// is empty continues the previous row cell by cell (the table broke across a page).
import { type HTMLElement, type Node, parse } from 'node-html-parser';
import type { Entry, FormatParser, RawRole, SectionKind } from '../role.ts';
import { classifyHeading } from '../sections.ts';
import { collapseSpaces, numberedLines } from './text-lines.ts';

interface Segment {
  text: string;
  /** Starts a new item (bullet, number, paragraph start) rather than continuing one. */
  fresh: boolean;
  /** Starts with a bullet or item number. */
  bullet: boolean;
  line: number;
}

interface Row {
  line: number;
  cells: Segment[][];
}

const bulletSplit = /\s*[•‣▪◦]\s*|\s+(?=\d{1,2}\.\s)/;
const bulletSplitAll = new RegExp(bulletSplit.source, 'g');
const bulletHint = /[•‣▪◦]|\d\.\s/;
const blockTags = new Set(['p', 'li', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'tr', 'td']);

// The two cell shapes TWiki exports, "<p>text</p>" and an unclosed "<ul style=...>" before "•"
// items, parse to one text node (a paragraph's first child, or not): no HTML parser for them.
const paragraphCell = /^<p>([^<&]*)<\/p>$/;
const listCell = /^<ul(?:\s+[a-z-]+="[^"<>&]*")*>([^<&]*)$/;

/** The text segments of one cell: paragraphs and list items, in order. */
export function cellSegments(html: string, line: number): Segment[] {
  const segs: Segment[] = [];
  const pushText = (text: string, blockStart: boolean) => {
    // Text with no bullet and no item number ("1. ") is one part: most cells' text.
    const listy = bulletHint.test(text);
    const parts = listy ? text.split(bulletSplit) : [text];
    // A split at a bullet/number starts a fresh item; the text before the first split
    // continues whatever came before (unless a block starts here).
    let first = true;
    const bullets = listy ? (text.match(bulletSplitAll) ?? []) : [];
    const startsWithBullet = listy && /^\s*(?:[•‣▪◦]|\d{1,2}\.\s)/.test(text);
    for (const [i, p] of parts.entries()) {
      const t = collapseSpaces(p).trim();
      const fresh = first ? blockStart || startsWithBullet : i <= bullets.length;
      first = false;
      if (!t) continue;
      segs.push({ text: t, fresh, bullet: i > 0 || startsWithBullet, line });
    }
  };
  // Plain text (no tag, no entity) parses to one text node under the root, which starts no block.
  if (!html.includes('<') && !html.includes('&')) {
    pushText(html, false);
    return segs;
  }
  const simple = paragraphCell.exec(html) ?? listCell.exec(html);
  if (simple) {
    pushText(simple[1] as string, html.charCodeAt(1) === 112);
    return segs;
  }
  let root: HTMLElement;
  try {
    root = parse(html);
  } catch {
    return [{ text: html.replace(/<[^>]*>/g, ' ').trim(), fresh: true, bullet: false, line }];
  }
  const walk = (node: Node, blockStart: boolean) => {
    if (node.nodeType === 3) {
      pushText(node.text, blockStart);
      return;
    }
    const el = node as HTMLElement;
    const tag = (el.rawTagName ?? '').toLowerCase();
    const block = blockTags.has(tag);
    let first = true;
    for (const child of el.childNodes) {
      walk(child, (block && first) || (tag === 'li' && first));
      first = false;
    }
  };
  walk(root, true);
  return segs;
}

function mergeSegments(prev: Segment[], next: Segment[]): Segment[] {
  if (prev.length === 0) return next.map((s, i) => (i === 0 ? { ...s, fresh: true } : s));
  const out = prev.slice();
  for (const [i, s] of next.entries()) {
    const last = out[out.length - 1];
    // The first piece of a continuation cell finishes the item the page break cut.
    if (i === 0 && last && !s.bullet && !/[.!?]$/.test(last.text)) {
      out[out.length - 1] = { ...last, text: `${last.text} ${s.text}` };
    } else out.push(s);
  }
  return out;
}

function sectionOf(header: string): SectionKind {
  const k = classifyHeading(header);
  if (k === 'required') return 'required';
  return k ?? 'description';
}

function isTableLine(t: string): boolean {
  return (t.match(/\t/g) ?? []).length >= 1;
}

export const twikiTableParser: FormatParser = {
  format: 'twiki-table',
  detect: (text) => {
    if (!text.includes('\t')) return false;
    let tabbed = 0;
    for (const l of text.split('\n')) if ((l.match(/\t/g) ?? []).length >= 2 && /<(p|ul|ol|li)\b/i.test(l)) tabbed++;
    return tabbed >= 1;
  },
  parse: (text) => {
    const lines = numberedLines(text);
    // Header: the last tabbed line without HTML before the first row that holds HTML.
    const firstRow = lines.findIndex((l) => isTableLine(l.text) && /<(p|ul|ol|li)\b/i.test(l.text));
    let headerIdx = -1;
    for (let i = firstRow - 1; i >= 0; i--) {
      const t = lines[i]?.text ?? '';
      if (!t.trim()) continue;
      if (isTableLine(t) && !/[<>]/.test(t)) headerIdx = i;
      break;
    }
    if (headerIdx < 0 && firstRow > 0) headerIdx = firstRow - 1;
    if (headerIdx < 0) return [];
    const header = (lines[headerIdx]?.text ?? '').split('\t').map((c) => c.trim());
    const rows: Row[] = [];
    const revisions: Array<{ text: string; line: number }> = [];
    for (const l of lines.slice(headerIdx + 1)) {
      if (!isTableLine(l.text)) {
        if (l.text.trim()) revisions.push({ text: l.text.trim(), line: l.line });
        continue;
      }
      const cells = l.text.split('\t');
      while (cells.length < header.length) cells.push('');
      if (cells.every((c) => /^\s*-*\s*$/.test(c))) continue;
      const segs = cells.map((c) => cellSegments(c, l.line));
      const firstEmpty = !(cells[0] ?? '').replace(/<[^>]*>/g, '').trim();
      const prev = rows[rows.length - 1];
      if (firstEmpty && prev) {
        prev.cells = header.map((_, i) => mergeSegments(prev.cells[i] ?? [], segs[i] ?? []));
      } else rows.push({ line: l.line, cells: segs });
    }
    const roles: RawRole[] = [];
    for (const row of rows) {
      const title = (row.cells[0] ?? [])
        .map((s) => s.text)
        .join(' ')
        .trim();
      const entries: Entry[] = [];
      for (let c = 1; c < header.length; c++) {
        const name = header[c] ?? '';
        const section = sectionOf(name);
        entries.push({ text: name, line: row.line, kind: 'heading', section });
        // Paragraph prose stays whole; list items each become one entry.
        let para: Segment | null = null;
        for (const s of row.cells[c] ?? []) {
          if (section === 'description') {
            if (para && !s.fresh) para.text += ` ${s.text}`;
            else if (para && s.fresh && !/[.!?)]$/.test(para.text)) para.text += ` ${s.text}`;
            else {
              if (para) entries.push({ text: para.text, line: para.line, kind: 'text', section });
              para = { ...s };
            }
          } else
            entries.push({
              text: s.text.replace(/^\d{1,2}\.\s+/, '').replace(/[,;]$/, ''),
              line: s.line,
              kind: 'item',
              section,
            });
        }
        if (para) entries.push({ text: para.text, line: para.line, kind: 'text', section });
      }
      // Lines after the table (e.g. "Topic revision: r2 - 2021-02-19") belong to every role.
      for (const r of revisions) entries.push({ text: r.text, line: r.line, kind: 'text', section: 'other' });
      const raw = entries.map((e) => e.text).join('\n');
      roles.push({ title: title || null, titleLine: row.line, line: row.line, entries, raw, format: 'twiki-table' });
    }
    return roles;
  },
};
