// Word text boxes mammoth would lose. Word writes a text box twice, as a DrawingML shape in
// `mc:Choice` and as a VML `v:textbox` in `mc:Fallback`; mammoth reads only the fallback, so a box
// saved without one (LibreOffice, online editors, "Save as" with compatibility off) or a bare
// `w:drawing` shape drops its text: often a posting's deadline, contact or key facts panel. Such a
// box is rewritten as the VML form mammoth reads, where it stands. JSZip is mammoth's own reader,
// loaded only when a .docx is met (as mammoth is).
type Zip = typeof import('jszip');
let jszip: Promise<Zip> | null = null;

const DOCUMENT = 'word/document.xml';
const VML = 'urn:schemas-microsoft-com:vml';
const ALTERNATE = /<mc:AlternateContent\b[\s\S]*?<\/mc:AlternateContent>/g;
const DRAWING = /<w:drawing\b[\s\S]*?<\/w:drawing>/g;
const BOX_CONTENT = /<w:txbxContent\b[^>]*>[\s\S]*?<\/w:txbxContent>/g;

/** A box's paragraphs in the VML wrapping mammoth reads (its namespace declared on the spot). */
function asVml(contents: string[]): string {
  return `<w:pict><v:textbox xmlns:v="${VML}">${contents.join('')}</v:textbox></w:pict>`;
}

/** document.xml with every text box mammoth would skip written in the form it reads. */
export function exposeBoxes(xml: string): string {
  if (!xml.includes('txbxContent')) return xml;
  let out = xml.replace(ALTERNATE, (block) => {
    const fallback = block.indexOf('<mc:Fallback');
    if (fallback >= 0 && block.indexOf('txbxContent', fallback) >= 0) return block;
    const contents = block.match(BOX_CONTENT);
    return contents ? asVml(contents) : block;
  });
  // A shape outside any AlternateContent: read as it is by nothing.
  if (out.includes('<w:drawing'))
    out = out.replace(DRAWING, (drawing) => {
      const contents = drawing.match(BOX_CONTENT);
      return contents ? asVml(contents) : drawing;
    });
  return out;
}

/** The .docx bytes with text boxes mammoth reads, or the same bytes when nothing needed it. */
export async function withReadableTextBoxes(bytes: Buffer): Promise<Buffer> {
  jszip ??= import('jszip').then((m) => ((m as unknown as { default?: Zip }).default ?? m) as Zip);
  const JSZip = await jszip;
  let zip: Awaited<ReturnType<Zip['loadAsync']>>;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return bytes; // mammoth says what is wrong with the file
  }
  const part = zip.file(DOCUMENT);
  if (!part) return bytes;
  const xml = await part.async('string');
  const fixed = exposeBoxes(xml);
  if (fixed === xml) return bytes;
  zip.file(DOCUMENT, fixed);
  return zip.generateAsync({ type: 'nodebuffer' });
}
