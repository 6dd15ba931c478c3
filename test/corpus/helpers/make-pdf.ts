// Writes small, valid PDF files for the tests: pages of text lines in Helvetica (WinAnsi
// encoding), each line placed at its own position, as a word processor would place them.

export interface PdfLine {
  text: string;
  /** Font size in points (12 by default); a larger size is a heading. */
  size?: number;
  /** Left edge in points (72 by default). */
  x?: number;
  /** Extra space above the line, in points (a paragraph gap). */
  gapBefore?: number;
  /** A link annotation over the line, to this address. */
  link?: string;
  /** On the baseline of the line before (a table's value cell beside its label). */
  sameLine?: boolean;
  /** Draw the line's words as separate runs (as many PDF producers do), in this order. */
  splitRuns?: 'in-order' | 'reversed';
}

export interface PdfOptions {
  /** Adds an /Encrypt dictionary whose user password is not empty: readers must ask for it. */
  encrypted?: boolean;
}

// WinAnsi puts a few common characters beyond Latin-1 below 0xA0.
const winAnsi: Record<string, string> = { '•': '\x95', '–': '\x96', '—': '\x97', '€': '\x80', '’': '\x92' };
const escapeText = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[•–—€’]/g, (c) => winAnsi[c] ?? c);

/** Helvetica's widths are not needed for placing runs apart: an average 0.5 em is enough. */
function runs(line: PdfLine, x: number, y: number, size: number): string {
  if (!line.splitRuns) return `BT /F1 ${size} Tf ${x} ${y} Td (${escapeText(line.text)}) Tj ET`;
  const words = line.text.split(' ');
  const placed: string[] = [];
  let at = x;
  for (const w of words) {
    placed.push(`BT /F1 ${size} Tf ${at.toFixed(2)} ${y} Td (${escapeText(w)}) Tj ET`);
    at += (w.length + 1) * size * 0.55;
  }
  if (line.splitRuns === 'reversed') placed.reverse();
  return placed.join('\n');
}

export function makePdf(pages: PdfLine[][], options: PdfOptions = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const lines of pages) {
    let y = 770;
    const ops: string[] = [];
    const annots: string[] = [];
    for (const line of lines) {
      const size = line.size ?? 12;
      if (!line.sameLine) y -= (line.gapBefore ?? 0) + size * 1.25;
      ops.push(runs(line, line.x ?? 72, Math.round(y), size));
      if (line.link)
        annots.push(
          `<< /Type /Annot /Subtype /Link /Rect [${line.x ?? 72} ${Math.round(y) - 2} 400 ${Math.round(y) + size}] /Border [0 0 0] /A << /S /URI /URI (${escapeText(line.link)}) >> >>`,
        );
    }
    const stream = ops.join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R${annots.length ? ` /Annots [${annots.join(' ')}]` : ''} >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encrypt = options.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -44 >>`)
    : 0;
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  const id = `<${'0123456789abcdef'.repeat(2)}>`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encrypt} 0 R` : ''} /ID [${id} ${id}] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
