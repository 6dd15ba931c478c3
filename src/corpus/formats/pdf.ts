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
/** Time one document may take: a pathological file must not hold up the corpus. */
export const PDF_TIME_BUDGET_MS = 15_000;

class OutOfTime extends Error {}

/** The promise, or OutOfTime once the document's budget is spent. */
function within<T>(promise: Promise<T>, deadline: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new OutOfTime()), Math.max(0, deadline - performance.now()));
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

type Unpdf = typeof import('unpdf');
let unpdf: Promise<Unpdf> | null = null;

/**
 * The addresses of a page's links ("Apply online", an e-mail under a name) that its text does
 * not show, one line each after the page's text, so that links and contacts are found.
 */
function linkLines(annotations: Array<{ subtype?: string; url?: string }>, lines: SizedLine[]): SizedLine[] {
  const shown = lines.map((l) => l.text).join(' ');
  const out: SizedLine[] = [];
  const seen = new Set<string>();
  for (const a of annotations) {
    if (a.subtype !== 'Link' || typeof a.url !== 'string' || !/^(https?:|mailto:)/i.test(a.url)) continue;
    const address = a.url.replace(/^mailto:/i, '');
    if (shown.includes(address) || seen.has(address)) continue;
    seen.add(address);
    out.push({ text: `<${address}>`, size: 0 });
  }
  return out;
}

// One document at a time: pdf.js works on this thread, so documents read side by side only share
// it, and each one's budget would count the others' work: a folder of 37 PDFs read side by side on
// a busy machine (load 16) ran 31 of them out of time.
let turn: Promise<unknown> = Promise.resolve();

/** The document's text; its time budget counts from when its turn comes. */
export function extractPdfText(bytes: Uint8Array): Promise<PagedText> {
  const mine = turn.then(() => extractNow(bytes));
  turn = mine.catch(() => undefined);
  return mine;
}

async function extractNow(bytes: Uint8Array): Promise<PagedText> {
  unpdf ??= import('unpdf');
  const { getDocumentProxy } = await unpdf;
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const data = new Uint8Array(bytes);
  const deadline = performance.now() + PDF_TIME_BUDGET_MS;
  let doc: Awaited<ReturnType<Unpdf['getDocumentProxy']>>;
  try {
    doc = await within(getDocumentProxy(data, { verbosity: 0, isEvalSupported: false, stopAtErrors: false }), deadline);
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    throw new UnreadableDocument(
      name === 'PasswordException'
        ? 'not a readable PDF (encrypted with a password)'
        : err instanceof OutOfTime
          ? 'not a readable PDF (it took too long to open)'
          : 'not a readable PDF',
    );
  }
  try {
    const pages: SizedLine[][] = [];
    const links: SizedLine[][] = [];
    for (let n = 1; n <= Math.min(doc.numPages, MAX_PDF_PAGES); n++) {
      const page = await within(doc.getPage(n), deadline);
      const content = await within(page.getTextContent(), deadline);
      // Marked-content items (no `str`) only bracket runs.
      const lines = rebuildSizedLines(content.items.filter((i) => 'str' in i) as PositionedText[]);
      pages.push(lines);
      links.push(linkLines(await within(page.getAnnotations(), deadline), lines));
      page.cleanup();
    }
    const lines: SizedLine[] = [];
    const pageStarts: number[] = [];
    for (const [n, page] of blankRunningLines(pages).entries()) {
      // A blank line between pages keeps the last paragraph of one apart from the next.
      if (lines.length > 0) lines.push({ text: '', size: 0 });
      pageStarts.push(lines.length + 1);
      // The link addresses after the page's own lines, which keep their numbers.
      lines.push(...page, ...(links[n] ?? []));
    }
    // Headings are told by size across the whole document: its body size is one.
    return { text: markPdfHeadings(lines).join('\n'), pageStarts };
  } catch (err) {
    throw new UnreadableDocument(
      err instanceof OutOfTime
        ? 'not a readable PDF (its text took too long)'
        : 'not a readable PDF (its text could not be extracted)',
    );
  } finally {
    void doc.destroy();
  }
}
