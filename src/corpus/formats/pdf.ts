// A PDF's text, page by page, with lines rebuilt from the positions of its text runs
// (./pdf-lines.ts). pdf.js (through unpdf's serverless build: no worker, no canvas) is loaded
// only when a PDF is met, so a corpus without one never pays for it.
import { UnreadableDocument } from '../unreadable-document.ts';
import { markPdfHeadings } from './pdf-headings.ts';
import { type PositionedText, rebuildSizedLines, type SizedLine } from './pdf-lines.ts';
import { blankRunningLines } from './pdf-running-lines.ts';

/** A document's text as one string of lines, with the line each page starts on. */
export interface PagedText {
  text: string;
  /** pageStarts[k] is the 1-based line of `text` where page k + 1 begins. */
  pageStarts: number[];
}

/** Pages read at most: a posting is a few pages; a 500-page thesis is not a posting. */
export const MAX_PDF_PAGES = 50;

type Unpdf = typeof import('unpdf');
let unpdf: Promise<Unpdf> | null = null;

export async function extractPdfText(bytes: Uint8Array): Promise<PagedText> {
  unpdf ??= import('unpdf');
  const { getDocumentProxy } = await unpdf;
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  let doc: Awaited<ReturnType<Unpdf['getDocumentProxy']>>;
  try {
    doc = await getDocumentProxy(data, { verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    throw new UnreadableDocument(
      name === 'PasswordException' ? 'not a readable PDF (encrypted with a password)' : 'not a readable PDF',
    );
  }
  try {
    const pages: SizedLine[][] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PDF_PAGES); n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      // Marked-content items (no `str`) only bracket runs.
      pages.push(rebuildSizedLines(content.items.filter((i) => 'str' in i) as PositionedText[]));
      page.cleanup();
    }
    const lines: SizedLine[] = [];
    const pageStarts: number[] = [];
    for (const page of blankRunningLines(pages)) {
      // A blank line between pages keeps the last paragraph of one apart from the next.
      if (lines.length > 0) lines.push({ text: '', size: 0 });
      pageStarts.push(lines.length + 1);
      lines.push(...page);
    }
    // Headings are told by size across the whole document: its body size is one.
    return { text: markPdfHeadings(lines).join('\n'), pageStarts };
  } catch {
    throw new UnreadableDocument('not a readable PDF (its text could not be extracted)');
  } finally {
    void doc.destroy();
  }
}
