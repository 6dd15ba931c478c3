// Which binary document a file holds, from its first bytes (not its name: a PDF saved as
// ".txt" is still a PDF). Checked before any text decoding, so a PDF or a Word file is read by
// its own reader instead of being skipped as "binary".

export type BinaryKind = 'pdf' | 'docx';

const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// A .docx is a zip whose central directory names this part; zip stores names as plain bytes.
const DOCX_PART = Buffer.from('word/document.xml', 'latin1');
/** The PDF spec lets the header sit anywhere in the first 1,024 bytes. */
const PDF_HEADER_WINDOW = 1024;

function view(bytes: Uint8Array, length: number): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, length));
}

/** 'pdf', 'docx', or null for anything else (text, or a binary we do not read). */
export function detectBinaryKind(bytes: Uint8Array): BinaryKind | null {
  const first = bytes[0];
  if (first === 0x50) {
    if (!view(bytes, 4).equals(ZIP_MAGIC)) return null;
    return view(bytes, bytes.length).indexOf(DOCX_PART) >= 0 ? 'docx' : null;
  }
  if (first === 0x25) return view(bytes, 5).equals(PDF_MAGIC) ? 'pdf' : null;
  // A header after some junk counts only in a file that is binary anyway (a NUL byte before it
  // or near it), so a text that quotes "%PDF-" stays text.
  const head = view(bytes, PDF_HEADER_WINDOW);
  return head.includes(0) && head.indexOf(PDF_MAGIC) >= 0 ? 'pdf' : null;
}
