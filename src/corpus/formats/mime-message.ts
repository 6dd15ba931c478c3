// A whole e-mail message as a mail program saves it (.eml, RFC 5322 with MIME): every header,
// folded ones unfolded, encoded words in them decoded ("=?UTF-8?Q?Stelle_f=C3=BCr?="), and the
// body's text part (text/plain first, else text/html) decoded from quoted-printable or base64 in
// its charset. Lines keep their numbers in the file where the encoding allows: a quoted-printable
// line joined with the next ones by soft breaks is numbered by its first; base64 text is
// numbered from its part's first line.
import { type NumberedLine, numberedLines } from './text-lines.ts';

export interface MailHeader {
  value: string;
  line: number;
}

export interface MailMessage {
  /** Lower-case header name -> its first occurrence. */
  headers: Record<string, MailHeader>;
  body: NumberedLine[];
  /** The body part's media type ("text/plain", "text/html"). */
  type: string;
}

const HEADER = /^([A-Za-z][A-Za-z0-9-]{0,76}):[ \t]*(.*)$/;
const MAX_HEADER_LINES = 400;
const MAX_PARTS = 50;

/** The header block at `from` (up to its blank line): headers, and the index after the block. */
function readHeaders(lines: NumberedLine[], from: number): { headers: Record<string, MailHeader>; next: number } {
  const headers: Record<string, MailHeader> = {};
  let last: string | null = null;
  let i = from;
  for (; i < lines.length && i - from < MAX_HEADER_LINES; i++) {
    const t = (lines[i] as NumberedLine).text;
    if (!t.trim()) {
      i++;
      break;
    }
    if (/^[ \t]/.test(t) && last) {
      const h = headers[last] as MailHeader;
      h.value = `${h.value} ${t.trim()}`;
      continue;
    }
    const m = HEADER.exec(t);
    if (!m) break;
    const name = (m[1] as string).toLowerCase();
    last = headers[name] ? null : name;
    if (!headers[name]) headers[name] = { value: (m[2] as string).trim(), line: (lines[i] as NumberedLine).line };
  }
  return { headers, next: i };
}

/** Whether a text opens with a mail header block that has a From and a Subject. */
export function isMailMessage(text: string): boolean {
  // A saved message opens with a header line; most postings fail here, on their first characters.
  const start = text.search(/\S/);
  if (start < 0) return false;
  const eol = text.indexOf('\n', start);
  if (!HEADER.test(text.slice(start, eol < 0 ? start + 1000 : eol).replace(/\r$/, ''))) return false;
  const blank = text.slice(start, start + 32_000).search(/\r?\n[ \t]*\r?\n/);
  const head = text.slice(start, blank < 0 ? start + 32_000 : start + blank);
  if (!/^(?:from|subject)\s*:/im.test(head)) return false;
  const { headers } = readHeaders(numberedLines(head), 0);
  return !!headers.from && !!headers.subject && Object.keys(headers).length >= 3;
}

function decoderFor(charset: string | undefined): { decode(bytes: Uint8Array): string } {
  try {
    return new TextDecoder((charset || 'utf-8').trim().toLowerCase());
  } catch {
    return new TextDecoder('utf-8');
  }
}

function bytesOfQuotedPrintable(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 61 && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(Number.parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (c < 128) out.push(c);
    else for (const b of Buffer.from(s[i] as string, 'utf8')) out.push(b);
  }
  return Uint8Array.from(out);
}

/** "=?UTF-8?Q?Stelle_f=C3=BCr?=" and "=?iso-8859-1?B?...?=" words of a header, decoded. */
export function decodeEncodedWords(value: string): string {
  if (!value.includes('=?')) return value;
  return value
    .replace(/(\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g, (_all, charset: string, enc: string, data: string) => {
      const bytes =
        enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : bytesOfQuotedPrintable(data.replace(/_/g, ' '));
      return decoderFor(charset.replace(/\*.*$/, '')).decode(bytes);
    });
}

/** A header's parameter: `charset` of "text/plain; charset=ISO-8859-1". */
function param(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  const m = new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** A part's lines decoded from its transfer encoding, numbered as in the file where they can be. */
function decodePart(lines: NumberedLine[], encoding: string, charset: string | undefined): NumberedLine[] {
  const enc = encoding.trim().toLowerCase();
  if (enc === 'base64') {
    const bytes = Buffer.from(lines.map((l) => l.text.trim()).join(''), 'base64');
    return numberedLines(decoderFor(charset).decode(bytes), lines[0]?.line ?? 1);
  }
  if (enc !== 'quoted-printable') return lines;
  const out: NumberedLine[] = [];
  const dec = decoderFor(charset);
  let joined: NumberedLine[] = [];
  const flush = () => {
    const first = joined[0];
    if (!first) return;
    // The joined line keeps its first number; the lines it swallowed stay, empty, to keep the rest.
    out.push({ text: dec.decode(bytesOfQuotedPrintable(joined.map((l) => l.text).join(''))), line: first.line });
    for (const l of joined.slice(1)) out.push({ text: '', line: l.line });
    joined = [];
  };
  for (const l of lines) {
    const soft = l.text.endsWith('=');
    joined.push({ text: soft ? l.text.slice(0, -1) : l.text, line: l.line });
    if (!soft) flush();
  }
  flush();
  return out;
}

interface Part {
  headers: Record<string, MailHeader>;
  lines: NumberedLine[];
}

/** The leaf parts of a multipart body, in order (nested multiparts opened). */
function leafParts(part: Part, depth = 0): Part[] {
  const type = part.headers['content-type']?.value ?? 'text/plain';
  const boundary = param(type, 'boundary');
  if (!/^multipart\//i.test(type) || !boundary || depth > 3) return [part];
  const out: Part[] = [];
  let current: NumberedLine[] | null = null;
  const parts: NumberedLine[][] = [];
  for (const l of part.lines) {
    if (l.text.startsWith(`--${boundary}`)) {
      if (current) parts.push(current);
      if (l.text.startsWith(`--${boundary}--`)) {
        current = null;
        break;
      }
      current = [];
      if (parts.length >= MAX_PARTS) break;
    } else if (current) current.push(l);
  }
  if (current) parts.push(current);
  for (const lines of parts) {
    const { headers, next } = readHeaders(lines, 0);
    out.push(...leafParts({ headers, lines: lines.slice(next) }, depth + 1));
  }
  return out;
}

/** A message's headers and its text body, decoded. */
export function readMailMessage(text: string): MailMessage {
  const lines = numberedLines(text);
  let i = 0;
  while (i < lines.length && !(lines[i]?.text ?? '').trim()) i++;
  const { headers, next } = readHeaders(lines, i);
  for (const k of Object.keys(headers)) {
    const h = headers[k] as MailHeader;
    h.value = decodeEncodedWords(h.value);
  }
  const leaves = leafParts({ headers, lines: lines.slice(next) });
  const typeOf = (p: Part) => (p.headers['content-type']?.value ?? 'text/plain').split(';')[0]?.trim().toLowerCase();
  const chosen =
    leaves.find(
      (p) => typeOf(p) === 'text/plain' && !/attachment/i.test(p.headers['content-disposition']?.value ?? ''),
    ) ??
    leaves.find((p) => typeOf(p) === 'text/html') ??
    (leaves[0] as Part);
  const charset = param(chosen.headers['content-type']?.value, 'charset');
  const encoding = chosen.headers['content-transfer-encoding']?.value ?? '7bit';
  return { headers, body: decodePart(chosen.lines, encoding, charset), type: typeOf(chosen) ?? 'text/plain' };
}
