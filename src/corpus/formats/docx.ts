// A Word .docx as HTML (mammoth maps Word's heading styles to <h1>..<h6>, lists to <ul>/<ol>,
// tables to <table>), one block a line, so the HTML reader keeps headings and lists and a cited
// line is the document's paragraph number. mammoth is loaded only when a .docx is met.
import { UnreadableDocument } from '../unreadable-document.ts';
import { withReadableTextBoxes } from './docx-text-boxes.ts';

type Mammoth = typeof import('mammoth');
let mammoth: Promise<Mammoth> | null = null;

// Paragraphs, headings and list items get a line of their own: the HTML reader numbers lines in
// the string it reads, so a line is the document's paragraph number, as Word counts them.
const BLOCK_START = /<(?=(?:p|h[1-6]|li)[\s>])/g;

// Word's own Title and Subtitle styles (mammoth's default map has only the Heading styles): a
// posting written in Word often carries its title in them.
const TITLE_STYLES = [
  'p.Title => h1:fresh',
  "p[style-name='Title'] => h1:fresh",
  'p.Subtitle => h2:fresh',
  "p[style-name='Subtitle'] => h2:fresh",
];

export async function extractDocxHtml(bytes: Uint8Array): Promise<string> {
  mammoth ??= import('mammoth');
  const m = await mammoth;
  // mammoth is CommonJS: its functions are on the namespace, or on `default` if not detected.
  const convert = m.convertToHtml ?? (m as unknown as { default: Mammoth }).default.convertToHtml;
  let html: string;
  try {
    const buffer = await withReadableTextBoxes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    ({ value: html } = await convert({ buffer }, { styleMap: TITLE_STYLES }));
  } catch {
    throw new UnreadableDocument('not a readable Word document (.docx)');
  }
  return html.replace(BLOCK_START, '\n<').replace(/^\n/, '');
}
