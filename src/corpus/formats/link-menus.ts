// Menus that have no name: on a page without a <main> or <article>, a block made mostly of
// several short links (a site menu, a footer of links, "other vacancies") is page furniture,
// whatever its class says. Measured bottom-up in one pass, so that a page nested thousands of
// levels deep costs no more than a flat one.
import type { HTMLElement, Node } from 'node-html-parser';

/** Blocks judged: the ones menus are built of. */
const menuTags = new Set(['ul', 'ol', 'div', 'table', 'tr', 'td', 'section', 'p', 'dl', 'span']);
/** At least this many links, their text at least this share of the block's, each short. */
const MIN_LINKS = 5;
const MIN_LINK_SHARE = 0.7;
const MAX_AVERAGE_LINK_CHARS = 40;
/** A block with this much text that is not a link, or with a title heading, holds content. */
const MAX_OTHER_CHARS = 200;
const headingTags = new Set(['h1', 'h2']);

interface Tally {
  chars: number;
  linkChars: number;
  links: number;
  headings: number;
}

const visibleChars = (s: string): number => s.replace(/\s+/g, '').length;

/** The blocks of `root` that are menus of links (outermost first is not promised). */
export function findLinkMenus(root: HTMLElement): Set<HTMLElement> {
  const menus = new Set<HTMLElement>();
  const tallies = new Map<Node, Tally>();
  // Post-order without recursion: a node is tallied once all its children are.
  const stack: Array<{ node: Node; done: boolean }> = [{ node: root, done: false }];
  while (stack.length > 0) {
    const top = stack.pop() as { node: Node; done: boolean };
    const { node } = top;
    if (node.nodeType === 3) {
      tallies.set(node, { chars: visibleChars(node.text), linkChars: 0, links: 0, headings: 0 });
      continue;
    }
    if (node.nodeType !== 1) continue;
    if (!top.done) {
      stack.push({ node, done: true });
      for (const child of node.childNodes) stack.push({ node: child, done: false });
      continue;
    }
    const el = node as HTMLElement;
    const tag = (el.rawTagName ?? '').toLowerCase();
    const sum: Tally = { chars: 0, linkChars: 0, links: 0, headings: headingTags.has(tag) ? 1 : 0 };
    for (const child of el.childNodes) {
      const t = tallies.get(child);
      if (!t) continue;
      sum.chars += t.chars;
      sum.linkChars += t.linkChars;
      sum.links += t.links;
      sum.headings += t.headings;
      tallies.delete(child);
    }
    if (tag === 'a') {
      sum.linkChars = sum.chars;
      sum.links += 1;
    }
    tallies.set(el, sum);
    if (
      menuTags.has(tag) &&
      sum.links >= MIN_LINKS &&
      sum.linkChars >= sum.chars * MIN_LINK_SHARE &&
      sum.linkChars <= sum.links * MAX_AVERAGE_LINK_CHARS &&
      sum.chars - sum.linkChars < MAX_OTHER_CHARS &&
      sum.headings === 0
    )
      menus.add(el);
  }
  return menus;
}
