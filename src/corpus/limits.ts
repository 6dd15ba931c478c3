// Cheap checks run on a file's text before a format parser sees it, for shapes that make a
// parser slow out of proportion to the file's size: HTML nested thousands of elements deep
// (unclosed <div> or <b>: node-html-parser is quadratic in the depth, 20,000 took 30 s).
// The file is then skipped with a warning that names it and says why.

/** Deeper than this, an HTML posting is not a posting but a parser trap. */
export const MAX_HTML_DEPTH = 256;

/** Elements without content or whose end tag may be left out: they do not nest. */
const NON_NESTING = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'optgroup',
  'rt',
  'rp',
  'colgroup',
  'caption',
  'html',
  'head',
  'body',
]);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/g;

/** The deepest nesting of elements in `text` (an upper bound: mismatched end tags only close). */
export function htmlDepth(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let max = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
    const name = (m[2] as string).toLowerCase();
    if (m[3] === '/' || NON_NESTING.has(name)) continue;
    if (m[1] === '/') {
      if (depth > 0) depth--;
      continue;
    }
    depth++;
    if (depth > max) {
      max = depth;
      if (max > stopAbove) break;
    }
  }
  return max;
}

/** Why `text` is refused before parsing, or null. */
export function limitProblem(text: string): string | null {
  // Most files have far fewer tags than the limit: no scan needed.
  if (!text.includes('<')) return null;
  const depth = htmlDepth(text, MAX_HTML_DEPTH);
  if (depth > MAX_HTML_DEPTH) return `elements nested more than ${MAX_HTML_DEPTH} deep (unclosed tags?)`;
  return null;
}
