// Any corpus file's bytes -> its postings: PDF and Word documents (found by their first bytes)
// have their text extracted, asynchronously, and read like the text formats; everything else
// goes to parseFile. Never throws: a broken, encrypted or empty document is a `skipped` warning
// and the rest of the corpus loads.
import { detectBinaryKind } from './binary-kind.ts';
import { extractDocxHtml } from './formats/docx.ts';
import { htmlParser } from './formats/html.ts';
import { markdownParser } from './formats/markdown.ts';
import { extractPdfText } from './formats/pdf.ts';
import { type FileReport, MAX_DOCUMENT_BYTES, parseFile, parseText, skipFile } from './parse-file.ts';
import { UnreadableDocument } from './unreadable-document.ts';

export async function parseAnyFile(file: string, bytes: Buffer): Promise<FileReport> {
  const kind = detectBinaryKind(bytes);
  if (!kind) return parseFile(file, bytes);
  if (bytes.length > MAX_DOCUMENT_BYTES) return skipFile(file, `over 16 MiB (${bytes.length} bytes)`);
  try {
    if (kind === 'pdf') {
      const { text, pageStarts } = await extractPdfText(bytes);
      if (!text.trim()) return skipFile(file, 'a PDF without text (a scanned image?): nothing to read');
      // Its lines are plain text with headings marked by size (./formats/pdf-headings.ts).
      return parseText(file, text, { parser: markdownParser, format: 'pdf', pageStarts });
    }
    const html = await extractDocxHtml(bytes);
    if (!html.trim()) return skipFile(file, 'a Word document without text: nothing to read');
    return parseText(file, html, { parser: htmlParser, format: 'docx' });
  } catch (err) {
    if (err instanceof UnreadableDocument) return skipFile(file, err.message);
    const msg = err instanceof Error ? err.message : String(err);
    return skipFile(file, `could not be read: ${msg.split('\n')[0]}`);
  }
}
