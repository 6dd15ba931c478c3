// HTML pages and fragments: block elements become numbered lines (headings as "#",
// list items as "-"), then the markdown rules apply.
import { type HTMLElement, type Node, parse } from 'node-html-parser';
import type { FormatParser } from '../role.ts';
import { roleFromLines } from './markdown.ts';
import { collapseSpaces, type NumberedLine } from './text-lines.ts';

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
  'br',
  'td',
  'th',
  'title',
  'pre',
  'blockquote',
]);

export function htmlToLines(text: string): NumberedLine[] {
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const root = parse(text, {
    comment: false,
    blockTextElements: { script: false, style: false, noscript: false, pre: true },
  });
  const out: NumberedLine[] = [];
  let buf = '';
  let bufLine = 1;
  const flush = () => {
    const t = collapseSpaces(buf).trim();
    if (t) out.push({ text: t, line: bufLine });
    buf = '';
  };
  // An explicit stack, not recursion: a hostile page nested thousands of levels deep must not
  // overflow the call stack. A task is a node to visit or a step to run after its children.
  type Task = Node | (() => void);
  const stack: Task[] = [root];
  const pushChildren = (el: HTMLElement) => {
    for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push(el.childNodes[i] as Node);
  };
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      const t = node.text;
      if (t.trim()) {
        if (!buf.trim()) bufLine = lineAt(node.range?.[0] ?? 0);
        buf += t;
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HTMLElement;
    const tag = (el.rawTagName ?? '').toLowerCase();
    if (tag === 'script' || tag === 'style') return;
    if (blockTags.has(tag)) {
      flush();
      const prefix = /^h[1-6]$/.test(tag)
        ? `${'#'.repeat(Number(tag[1]))} `
        : tag === 'li'
          ? '- '
          : tag === 'title'
            ? '# '
            : '';
      buf = prefix;
      bufLine = lineAt(el.range?.[0] ?? 0);
      stack.push(flush);
      pushChildren(el);
      return;
    }
    if (tag === 'a') {
      const href = el.getAttribute('href');
      stack.push(() => {
        if (href && /^(https?:|mailto:)/i.test(href) && !buf.includes(href.replace(/^mailto:/i, '')))
          buf += ` <${href.replace(/^mailto:/i, '')}>`;
      });
      pushChildren(el);
      return;
    }
    pushChildren(el);
  };
  for (let task = stack.pop(); task !== undefined; task = stack.pop()) {
    if (typeof task === 'function') task();
    else visit(task);
  }
  flush();
  return out;
}

export const htmlParser: FormatParser = {
  format: 'html',
  detect: (text, file) =>
    /\.html?$/i.test(file) ||
    /^\s*(<!doctype html|<html\b)/i.test(text) ||
    (text.includes('</') && (text.match(/<\/(p|div|h[1-6]|li|ul)>/gi) ?? []).length >= 3),
  parse: (text) => {
    const lines = htmlToLines(text);
    // A <title> and an <h1> often repeat each other; keep the h1 as the title.
    const headings = lines.filter((l) => l.text.startsWith('# '));
    if (headings.length >= 2 && headings[0] && headings[1]?.text.includes(headings[0].text.slice(2, 20))) {
      lines.splice(lines.indexOf(headings[0]), 1);
    }
    return [roleFromLines(lines, 'html', text)];
  },
};
