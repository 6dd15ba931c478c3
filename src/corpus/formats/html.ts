// HTML pages and fragments: block elements become numbered lines (headings as "#",
// list items as "-"), then the markdown rules apply.
import { type HTMLElement, type Node, parse } from 'node-html-parser';
import { notATitle } from '../../facts/title.ts';
import type { Entry, FormatParser, RawRole } from '../role.ts';
import { classifyHeading } from '../sections.ts';
import { splitRoles, splitTableRows } from '../split-roles.ts';
import { readJobPosting } from './json-ld.ts';
import { findLinkMenus } from './link-menus.ts';
import { roleFromLines } from './markdown.ts';
import { attrsNameChrome, isPageChrome, opensOtherVacancies } from './page-chrome.ts';
import { findRoleTable, type RoleTable } from './role-table.ts';
import { collapseSpaces, type NumberedLine } from './text-lines.ts';

/** A rebuilt line; the first line of a role table's row says how many lines the row has. */
export interface HtmlLine extends NumberedLine {
  rowLines?: number;
}

const blockTags = new Set([
  'p',
  'div',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'dt',
  'dd',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'br',
  'td',
  'th',
  'title',
  'pre',
  'blockquote',
]);

const doctypeText = /<!doctype\b[^<>]*>/gi;

/** Block texts as numbered lines, built as a walk meets text, blocks and links. */
class LineBuilder {
  readonly out: HtmlLine[] = [];
  private buf = '';
  private bufLine = 1;
  // An inline element has just opened: its first text may start a label of its own.
  private inlineOpened = false;
  private readonly lineStarts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  private lineAt(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** A word break inside the current line (a block that does not start a line of its own). */
  space(): void {
    if (this.buf && !this.buf.endsWith(' ')) this.buf += ' ';
  }

  text(raw: string, offset: number): void {
    // "<!DOCTYPE html>" is text to the parser, and to the fast path: it is no line of the page.
    const t = raw.includes('<!') ? raw.replace(doctypeText, '') : raw;
    if (!t.trim()) {
      // White space between two inline elements ("<a>Apply</a> <a>Share</a>") parts their words.
      if (t) this.space();
      return;
    }
    if (this.inlineOpened) {
      this.inlineOpened = false;
      // "<span>University of Ghent</span> <span>Closing date: 3 May</span>": a known label that
      // opens an inline element after other text is a line of its own, as a list's fields are.
      if (hasText(this.buf) && opensKnownLabel(t)) this.flush();
    }
    if (!this.buf.trim()) this.bufLine = this.lineAt(offset);
    this.buf += t;
  }

  /** An inline element (span, strong, a...) opens. */
  inline(): void {
    this.inlineOpened = true;
  }

  /** A block element starts at `offset`: a new line, with a "#" or "-" prefix. */
  openBlock(tag: string, offset: number): void {
    const heading = /^h[1-6]$/.test(tag);
    // A list item whose text sits in blocks of its own ("<li><div><a>Title</a></div>...") is
    // still an item: its first block carries the marker.
    const pendingItem = this.buf === '- ' && tag !== 'li' && !heading;
    this.flush();
    this.inlineOpened = false;
    this.buf = heading
      ? `${'#'.repeat(Number(tag[1]))} `
      : tag === 'li' || pendingItem
        ? '- '
        : tag === 'title'
          ? '# '
          : '';
    this.bufLine = this.lineAt(offset);
  }

  /** Lines rebuilt so far (a role table's row is counted with it). */
  get count(): number {
    return this.out.length;
  }

  /** A link ends: its address after its text, unless the text shows it. */
  link(href: string | undefined): void {
    // A mailto without an address ("Email a friend": "mailto:?subject=...") names nobody.
    if (href && /^(https?:|mailto:[^?])/i.test(href) && !this.buf.includes(href.replace(/^mailto:/i, '')))
      this.buf += ` <${href.replace(/^mailto:/i, '')}>`;
  }

  flush(): void {
    // A marker alone (an empty item or heading) is no line.
    if (hasText(this.buf)) this.out.push({ text: collapseSpaces(this.buf).trim(), line: this.bufLine });
    this.buf = '';
  }
}

const markerOnly = /^(?:#{1,6} |- )?\s*$/;
/** Whether a line being built holds text beyond its "#" or "-" marker. */
const hasText = (buf: string): boolean => buf.length > 0 && !markerOnly.test(buf);

// Capitalised, as a field's label is: "before the <b>deadline: ...</b>" is running text.
const labelStart = /^\s*([A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F /&'’.-]{1,40}?)\s*:/;
/** Whether a text opens with a label the readers know ("Closing date:", "Location:"). */
function opensKnownLabel(text: string): boolean {
  const m = text.indexOf(':') > 0 ? labelStart.exec(text) : null;
  return m !== null && classifyHeading(m[1] ?? '') !== null;
}

export function htmlToLines(text: string): HtmlLine[] {
  return simpleHtmlToLines(text) ?? parsedHtmlToLines(text);
}

/**
 * Where a page's posting is: its <main> (or role="main"), else its one <article>; null for a
 * page without such a landmark, which is read whole, less its furniture.
 */
function mainContent(root: HTMLElement): HTMLElement | null {
  const main = root.querySelector('main') ?? root.querySelector('[role="main"]');
  if (main) return main;
  const articles = root.querySelectorAll('article');
  return articles.length === 1 ? (articles[0] ?? null) : null;
}

/**
 * A page whose <main> has no <h1> may hold the posting's title in a <header> before it, with its
 * key facts ("Closing date: ..."): that header, when it is the posting's own (its <h1>, no menu),
 * is read before the main content instead of the page's <title>.
 */
function postingHeader(root: HTMLElement): HTMLElement | null {
  let el = root.querySelector('h1')?.parentNode ?? null;
  while (el && (el.rawTagName ?? '').toLowerCase() !== 'header') el = el.parentNode;
  return el && !isPageChrome(el, 'header', false) ? el : null;
}

const cellTags = new Set(['td', 'th']);

function countLinks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('<a'); i >= 0 && n < 5; i = text.indexOf('<a', i + 2)) n++;
  return n;
}

/** A row of exactly two cells whose first is a short label ("Closing date", "Location:"). */
function labelValueCells(tr: HTMLElement): [HTMLElement, HTMLElement] | null {
  const cells = tr.childNodes.filter(
    (n): n is HTMLElement => n.nodeType === 1 && cellTags.has(((n as HTMLElement).rawTagName ?? '').toLowerCase()),
  );
  if (cells.length !== 2) return null;
  const [label, value] = cells as [HTMLElement, HTMLElement];
  return isShortLabel(label, value) ? [label, value] : null;
}

/** A label of a few words before a value; parts holding lists, tables or headings are not. */
function isShortLabel(label: HTMLElement, value: HTMLElement): boolean {
  const labelText = label.text.trim().replace(/:$/, '');
  if (!labelText || labelText.length > 40 || /[.!?]$/.test(labelText) || !value.text.trim()) return false;
  // Parts holding blocks of their own (lists, tables, headings) are read block by block.
  return !label.querySelector('li, table, h1, h2, h3') && !value.querySelector('li, table, h1, h2, h3');
}

/** A <dt> that is a short label, and the <dd> right after it. */
function termAndDefinition(dt: HTMLElement): [HTMLElement, HTMLElement] | null {
  const dd = dt.nextElementSibling;
  if (!dd || (dd.rawTagName ?? '').toLowerCase() !== 'dd') return null;
  return isShortLabel(dt, dd) ? [dt, dd] : null;
}

const headingLevel = (tag: string): number =>
  tag.length === 2 && tag.charCodeAt(0) === 104 && tag[1] !== undefined && tag[1] >= '1' && tag[1] <= '6'
    ? Number(tag[1])
    : 0;
const headingSelector = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * A heading that opens a box of other postings ("Other vacancies", "Similar jobs"): it and its
 * next siblings, up to one that is or holds a heading of its level or higher, go to `dropped`.
 */
function dropOtherVacancies(heading: HTMLElement, level: number, dropped: Set<HTMLElement>): void {
  dropped.add(heading);
  const stop = headingSelector.slice(0, level).join(', ');
  for (let el = heading.nextElementSibling; el; el = el.nextElementSibling) {
    const lvl = headingLevel((el.rawTagName ?? '').toLowerCase());
    if ((lvl > 0 && lvl <= level) || el.querySelector(stop)) return;
    dropped.add(el);
  }
}

/**
 * The page's <title>, when its first part names something: "Careers | Example Lab" names only
 * the site's jobs page (its name after the bar), and the posting's title is in its content.
 */
function namingTitle(root: HTMLElement): HTMLElement | null {
  const el = root.querySelector('title');
  const first = el ? el.text.split(titleSep)[0]?.trim() : '';
  return el && first && !notATitle(first) ? el : null;
}

/** Where an element's first text starts (a Word cell's paragraph, not the cell's own tag). */
function firstTextAt(el: HTMLElement): number {
  let node: Node | undefined = el;
  for (let depth = 0; node && node.nodeType === 1 && depth < 8; depth++)
    node = (node as HTMLElement).childNodes.find((c) => c.nodeType === 1 || c.text.trim());
  return node?.range?.[0] ?? el.range?.[0] ?? 0;
}

export function parsedHtmlToLines(text: string): HtmlLine[] {
  const root = parse(text, {
    comment: false,
    blockTextElements: { script: false, style: false, noscript: false, pre: true },
  });
  const lines = new LineBuilder(text);
  // A page saved from a browser: only its main content, with the page's <title> unless the
  // content has its own <h1> (a <title> adds the site's name: "Postdoc | Careers | Lab").
  const main = text.includes('<main') || text.includes('main"') || text.includes('<article') ? mainContent(root) : null;
  const title = main && !main.querySelector('h1') ? (postingHeader(root) ?? namingTitle(root)) : null;
  // Without a landmark, unnamed menus of links are furniture too (only a page with many links).
  const menus = !main && countLinks(text) >= 5 ? findLinkMenus(root) : null;
  let contentDepth = 0;
  // Inside a label/value table row (labelValueCells), where blocks do not start lines.
  let inline = 0;
  // The <dd> elements already read with their <dt>, and boxes of other postings.
  const consumed = new Set<HTMLElement>();
  // An explicit stack, not recursion: a hostile page nested thousands of levels deep must not
  // overflow the call stack. A task is a node to visit or a step to run after its children.
  type Task = Node | (() => void);
  const stack: Task[] = main ? [main, ...(title ? [title] : [])] : [root];
  if (main) contentDepth = 1;
  const pushChildren = (el: HTMLElement) => {
    for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push(el.childNodes[i] as Node);
  };
  /** A table of roles: each row its lines, "Column: cell", the title's first (run in this order). */
  const pushRoleTable = (table: RoleTable) => {
    const tasks: Task[] = [];
    for (const cells of table.rows) {
      let start = 0;
      tasks.push(() => {
        start = lines.count;
      });
      const order = [table.titleColumn, ...cells.keys()].filter((k, i) => i === 0 || k !== table.titleColumn);
      for (const k of order) {
        const cell = cells[k] as HTMLElement;
        if (!cell.text.trim()) continue;
        const at = firstTextAt(cell);
        tasks.push(() => {
          lines.openBlock('td', at);
          lines.text(`${table.headers[k]}: `, at);
          inline++;
        });
        tasks.push(...cell.childNodes);
        tasks.push(() => {
          inline--;
          lines.flush();
        });
      }
      tasks.push(() => {
        const first = lines.out[start];
        if (first && lines.count > start) first.rowLines = lines.count - start;
      });
    }
    for (let i = tasks.length - 1; i >= 0; i--) stack.push(tasks[i] as Task);
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      lines.text(node.text, node.range?.[0] ?? 0);
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    const tag = (el.rawTagName ?? '').toLowerCase();
    if (tag === 'script' || tag === 'style') return;
    if (isPageChrome(el, tag, contentDepth > 0) || menus?.has(el)) return;
    if (tag === 'main' || tag === 'article') {
      contentDepth++;
      stack.push(() => contentDepth--);
    }
    if (consumed.has(el)) return;
    const table = tag === 'table' ? findRoleTable(el) : null;
    if (table) {
      pushRoleTable(table);
      return;
    }
    const level = headingLevel(tag);
    if (level >= 2 && opensOtherVacancies(el.text)) {
      dropOtherVacancies(el, level, consumed);
      return;
    }
    // A two-cell row, or a <dt> and its <dd>, whose first part is a short label reads as
    // "Label: value" on one line.
    const pair = tag === 'tr' ? labelValueCells(el) : tag === 'dt' ? termAndDefinition(el) : null;
    if (pair) {
      const [label, value] = pair;
      if (tag === 'dt') consumed.add(value);
      lines.openBlock(tag, el.range?.[0] ?? 0);
      inline++;
      stack.push(() => {
        inline--;
        lines.flush();
      });
      pushChildren(value);
      if (!label.text.trim().endsWith(':')) stack.push(() => lines.text(': ', value.range?.[0] ?? 0));
      pushChildren(label);
      return;
    }
    if (blockTags.has(tag) && inline > 0) {
      // A block inside a label/value row: its text joins the row's line.
      lines.space();
      pushChildren(el);
      return;
    }
    if (blockTags.has(tag)) {
      lines.openBlock(tag, el.range?.[0] ?? 0);
      stack.push(() => lines.flush());
      pushChildren(el);
      return;
    }
    lines.inline();
    if (tag === 'a') {
      const href = el.getAttribute('href');
      stack.push(() => lines.link(href));
      pushChildren(el);
      return;
    }
    pushChildren(el);
  };
  for (let task = stack.pop(); task !== undefined; task = stack.pop()) {
    if (typeof task === 'function') task();
    else visit(task);
  }
  lines.flush();
  return lines.out;
}

// A well-formed page of the tags below (each one closed, none directly inside its own kind, no
// entity, comment or other markup) is the tree node-html-parser builds, in document order: it is
// walked without building the tree. "<!DOCTYPE ...>" is text to that parser, as here.
const simpleTags = new Set([
  ...['html', 'head', 'body', 'title', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li'],
  ...['strong', 'em', 'b', 'i', 'a', 'span', 'section', 'article'],
]);
const simpleTag = /<(\/?)([a-z][a-z0-9]*)((?:\s+[a-z-]+="[^"<>]*")*)\s*>/y;
const doctype = /<!doctype\b[^<>-]*>/iy;
const attribute = /\s+([a-z-]+)="([^"<>]*)"/g;

/** A tag's attributes by name, or null when a name repeats. */
function attributesOf(attrs: string): Map<string, string> | null {
  const out = new Map<string, string>();
  for (const [, name = '', value = ''] of attrs.matchAll(attribute)) {
    if (out.has(name)) return null;
    out.set(name, value);
  }
  return out;
}

export function simpleHtmlToLines(text: string): HtmlLine[] | null {
  if (text.includes('&')) return null;
  const lines = new LineBuilder(text);
  const open: Array<{ tag: string; href: string | undefined }> = [];
  let textFrom = 0;
  for (let lt = text.indexOf('<'); lt >= 0; lt = text.indexOf('<', lt + 1)) {
    simpleTag.lastIndex = lt;
    const m = simpleTag.exec(text);
    if (!m) {
      doctype.lastIndex = lt;
      if (!doctype.test(text)) return null;
      continue;
    }
    const [, slash, tag = '', attrs = ''] = m;
    // An <article> may be the page's main content, which only the parsed path picks out.
    if (!simpleTags.has(tag) || tag === 'article') return null;
    if (lt > textFrom) lines.text(text.slice(textFrom, lt), textFrom);
    textFrom = simpleTag.lastIndex;
    if (slash) {
      const closed = open.pop();
      if (attrs || closed?.tag !== tag) return null;
      if (blockTags.has(tag)) {
        lines.flush();
        // A box of other postings ("Similar jobs") is left out by the parsed path.
        const last = lines.out[lines.out.length - 1]?.text;
        if (headingLevel(tag) >= 2 && last && opensOtherVacancies(last.replace(/^#+ /, ''))) return null;
      } else if (tag === 'a') lines.link(closed.href);
      continue;
    }
    // The parser closes an open <p>, <li> or <h2> at the next one: not a simple page.
    if (open[open.length - 1]?.tag === tag) return null;
    const attributes = attributesOf(attrs);
    if (!attributes || (attrs && attrsNameChrome(attrs))) return null;
    open.push({ tag, href: attributes.get('href') });
    if (blockTags.has(tag)) lines.openBlock(tag, lt);
    else lines.inline();
  }
  if (open.length > 0) return null;
  if (text.length > textFrom) lines.text(text.slice(textFrom), textFrom);
  lines.flush();
  return lines.out;
}

/** An attribute's or a <title>'s text with its entities decoded ("Caf&eacute;"). */
const decodeEntities = (s: string): string => (s.includes('&') ? parse(s).text : s);
const siteMetaRe = /<meta\s[^>]*property=["']og:site_name["'][^>]*content=["']([^"'<>]{2,120})["']/i;
// The bars and dashes between a <title>'s parts ("Postdoc | Careers | Lab").
const titleSep = /\s[|–—-]\s/;
const titleElementRe = /<title[^>]*>([^<]{3,300})<\/title>/i;

/** The page's site name: its og:site_name, else the last part of its <title> ("Postdoc | Careers | Lab"). */
function siteName(text: string): string | null {
  const meta = siteMetaRe.exec(text)?.[1]?.trim();
  if (meta) return decodeEntities(meta);
  const title = titleElementRe.exec(text)?.[1];
  const parts = title ? decodeEntities(title).split(titleSep) : [];
  return parts.length >= 2 ? (parts[parts.length - 1] as string).trim() || null : null;
}

/** Whether `line` of the page is where its <title> element starts. */
function isTitleLine(text: string, line: number): boolean {
  const at = text.search(/<title[\s>]/i);
  if (at < 0) return false;
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) n++;
  return n === line;
}

export const htmlParser: FormatParser = {
  format: 'html',
  detect: (text, file) =>
    /\.html?$/i.test(file) ||
    /^\s*(<!doctype html|<html\b)/i.test(text) ||
    (text.includes('</') && (text.match(/<\/(p|div|h[1-6]|li|ul)>/gi) ?? []).length >= 3),
  parse: (text) => {
    const lines = htmlToLines(text);
    // A <title> and an <h1> often repeat each other, and a <title> adds the site's name
    // ("Postdoc | Careers | Lab"): an <h1> of the page's content is the title.
    const headings = lines.filter((l) => l.text.startsWith('# '));
    const first = headings[0];
    if (
      first &&
      headings.length >= 2 &&
      (isTitleLine(text, first.line) || headings[1]?.text.includes(first.text.slice(2, 20)))
    )
      lines.splice(lines.indexOf(first), 1);
    const role = roleFromLines(lines, 'html', text);
    // A page of several vacancies (a job board's list) gives one role each. The list is read
    // in the page's rebuilt lines ("## Title", "- item"), each at its source line.
    const rebuilt: string[] = [];
    const shared = new Set<number>();
    for (const l of lines) {
      if (rebuilt[l.line - 1] === undefined) rebuilt[l.line - 1] = l.text;
      else shared.add(l.line);
    }
    // A line several blocks share (a minified page is one line) is rebuilt from its entry.
    const rawOf = (e: Entry) =>
      shared.has(e.line)
        ? `${e.level ? `${'#'.repeat(e.level)} ` : e.kind === 'item' ? '- ' : ''}${e.text}`
        : (rebuilt[e.line - 1] ?? e.text);
    const rows = lines.flatMap((l, i) => (l.rowLines ? [lines.slice(i, i + l.rowLines)] : []));
    const roles = (rows.length >= 2 ? splitTableRows(role, rows, rawOf) : null) ?? splitRoles(role, text, rawOf);
    const job = roles.length === 1 ? readJobPosting(text) : null;
    // The page's JobPosting states its facts outright; its title serves a page that shows
    // none (or only a site heading: "Careers").
    const [only] = roles as [RawRole];
    const site = roles.length === 1 ? siteName(text) : null;
    if (site && !job) return [{ ...only, stated: { ...only.stated, site } }];
    if (!job) return roles;
    const titled =
      (only.title === null || notATitle(only.title)) && job.title
        ? { title: job.title.text, titleLine: job.title.line }
        : {};
    return [{ ...only, ...titled, stated: { ...only.stated, ...(site ? { site } : {}), ...job.stated } }];
  },
};
