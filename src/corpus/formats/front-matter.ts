// Markdown with a YAML front matter block between `---` lines. Broken YAML (including alias
// bombs, refused by a low maxAliasCount) skips the file.
import { parse as parseYaml } from 'yaml';
import type { FormatParser } from '../role.ts';
import { ParseSkip } from '../role.ts';
import { linesToEntries } from '../sections.ts';
import { splitRoles } from '../split-roles.ts';
import { roleFromLines } from './markdown.ts';
import { numberedLines } from './text-lines.ts';

const fence = /^---[ \t]*$/;

/** A posting has a dozen keys; 40,000 took 18 s to read. */
export const MAX_KEYS = 200;

/** Lines that start a top-level key (not indented, not a list item or comment). */
function countTopLevelKeys(lines: string[]): number {
  let n = 0;
  for (const line of lines) {
    const c = line.charCodeAt(0);
    // space, tab, '-', '#', or an empty line
    if (Number.isNaN(c) || c === 32 || c === 9 || c === 45 || c === 35) continue;
    if (line.includes(':')) n++;
  }
  return n;
}

// Most blocks are `key: "text"`, `key: 2026-10-12` and `key: plain words` lines, which YAML reads
// as those very strings: they are read here, the rest by the YAML parser (which took a tenth of
// a millisecond a block in a fresh process). No escapes, no comments, no ":" or "#" in a plain
// value, no control or line-break character; a short key (YAML allows 1024 characters).
const simpleLine =
  /^([A-Za-z][A-Za-z0-9_-]{0,63}):[ ]+(?:"([^"\\\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]*)"|(\d{4}-\d{2}-\d{2})|([A-Za-z][^:#"'\\\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]*?))[ ]*$/;
// The plain words YAML 1.2 reads as something else than a string.
const notString = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;

/** What YAML reads from a block of simple lines (see simpleLine), or null for any other block. */
export function simpleFrontMatter(lines: string[]): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const m = simpleLine.exec(line);
    if (!m) return null;
    const key = m[1] as string;
    const plain = m[4];
    if (Object.hasOwn(out, key) || notString.test(key) || (plain !== undefined && notString.test(plain))) return null;
    out[key] = (m[2] ?? m[3] ?? plain) as string;
  }
  return out;
}

function str(v: unknown): string | null {
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (typeof v === 'number') return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return null;
}

export const frontMatterParser: FormatParser = {
  format: 'front-matter',
  detect: (text) => /^---[ \t]*\r?\n/.test(text),
  parse: (text) => {
    const lines = numberedLines(text);
    const end = lines.findIndex((l, i) => i > 0 && fence.test(l.text));
    if (end < 0) throw new ParseSkip('broken front matter: no closing --- line');
    const blockLines = lines.slice(1, end).map((l) => l.text);
    const keys = countTopLevelKeys(blockLines);
    if (keys > MAX_KEYS) throw new ParseSkip(`front matter with ${keys} keys, over ${MAX_KEYS}`);
    let data: unknown = simpleFrontMatter(blockLines);
    if (!data) {
      try {
        data = parseYaml(blockLines.join('\n'), { maxAliasCount: 20, prettyErrors: false, uniqueKeys: false });
      } catch (err) {
        const msg = err instanceof Error ? err.message.split('\n')[0] : String(err);
        throw new ParseSkip(`broken front matter: ${msg}`);
      }
    }
    if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
      throw new ParseSkip('broken front matter: not a key/value block');
    }
    const meta = (data ?? {}) as Record<string, unknown>;
    const keyLine = (key: string): number => {
      const re = new RegExp(`^${key}\\s*:`, 'i');
      return lines.slice(1, end).find((l) => re.test(l.text))?.line ?? 1;
    };
    const body = lines.slice(end + 1);
    const role = roleFromLines(body, 'front-matter', text);
    const title = str(meta.title) ?? str(meta.position) ?? str(meta.role);
    if (title) {
      role.title = title;
      role.titleStated = true;
      role.titleLine = keyLine('title');
    }
    role.line = 1;
    // Front matter values become labelled entries so that facts come from one place.
    const extra = [];
    for (const [k, v] of Object.entries(meta)) {
      const s = str(v) ?? (Array.isArray(v) ? v.map(str).filter(Boolean).join(', ') : null);
      if (!s || ['title', 'position', 'role'].includes(k.toLowerCase())) continue;
      extra.push({ text: `${k}: ${s}`, line: keyLine(k) });
    }
    const metaEntries = linesToEntries(extra);
    // Front matter excerpts repeat the body; keep them after the body so body lines win.
    role.entries.push(
      ...metaEntries.map((e) => ({ ...e, section: e.section === 'none' ? ('other' as const) : e.section })),
    );
    const excerpt = str(meta.excerpt) ?? str(meta.summary) ?? str(meta.description);
    if (excerpt) role.stated = { ...role.stated, summary: excerpt };
    return splitRoles(role, text);
  },
};
