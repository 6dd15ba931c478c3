// A saved HTML page that is not UTF-8 but says what it is (<meta charset="windows-1252">, or
// the http-equiv Content-Type), as pages saved by a browser from older sites do. Text files
// without such a declaration stay UTF-8 only: a guess could turn a date's letters into others.

import windows1252 from './windows-1252.json' with { type: 'json' };

const HEAD_BYTES = 4096;
const C1 = /[\u0080-\u009f]/g;
const metaCharset = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/** The page decoded in the charset its head declares, or null without a usable declaration. */
export function decodeDeclaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEAD_BYTES)).toString('latin1');
  const label = metaCharset.exec(head)?.[1];
  if (!label || /^utf-?8$/i.test(label)) return null;
  try {
    // WHATWG labels: "iso-8859-1" and "latin1" are read as windows-1252, as browsers do; Node
    // decodes that as Latin-1, so its 0x80-0x9F bytes (curly quotes, dashes, euro) are mapped here.
    const decoder = new TextDecoder(label);
    const text = decoder.decode(bytes);
    if (decoder.encoding !== 'windows-1252') return text;
    return text.replace(C1, (c) => windows1252.c1[c.charCodeAt(0) - 0x80] ?? c);
  } catch {
    return null;
  }
}
