import { describe, expect, it } from 'vitest';
import { detectBinaryKind } from '../../src/corpus/binary-kind.ts';
import { makeDocx } from './helpers/make-docx.ts';
import { makePdf } from './helpers/make-pdf.ts';

describe('detectBinaryKind', () => {
  it('knows a PDF by its header, also after a little binary junk', async () => {
    expect(detectBinaryKind(makePdf([[{ text: 'x' }]]))).toBe('pdf');
    expect(detectBinaryKind(Buffer.concat([Buffer.from([0, 1, 2, 3]), Buffer.from('%PDF-1.7\n')]))).toBe('pdf');
  });

  it('knows a Word document by the zip part it must hold', async () => {
    expect(detectBinaryKind(await makeDocx([{ para: 'Hello' }]))).toBe('docx');
  });

  it('leaves text alone, also text that quotes a PDF header or starts like one', () => {
    expect(detectBinaryKind(Buffer.from('Send your CV as a %PDF-1.4 file'))).toBeNull();
    expect(detectBinaryKind(Buffer.from('%% a comment line\nPostdoc'))).toBeNull();
    expect(detectBinaryKind(Buffer.from('PK is a fine start for a line'))).toBeNull();
    expect(detectBinaryKind(Buffer.from(''))).toBeNull();
  });

  it('does not take any zip for a Word document', () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.from('xl/workbook.xml')]);
    expect(detectBinaryKind(zip)).toBeNull();
  });
});
