import { describe, expect, it } from 'vitest';
import { describeLine, locateLine } from '../../src/corpus/cite-line.ts';
import { parseAnyFile } from '../../src/corpus/parse-any-file.ts';
import { makePdf, type PdfLine } from './helpers/make-pdf.ts';

// A notice of a few lines set in two columns, a cover page before it: text extraction meets
// the two columns' runs row by row, interleaved.
const left = [
  'The computing centre in Uppsala has an opening',
  'for a research software engineer to maintain',
  'its workflow tools for genome assembly runs.',
];
const right = [
  'Send a CV and two references by 11 October 2027',
  'to the centre office; interviews are held in',
  'November. Enquiries: rse-office@example.se',
];

function notice(): Buffer {
  const page2: PdfLine[] = [{ text: 'Research Software Engineer, Genome Workflows', size: 16 }];
  left.forEach((t, i) => {
    page2.push({ text: t, x: 50 }, { text: right[i] as string, x: 320, sameLine: true });
  });
  return makePdf([[{ text: 'Uppsala Computing Centre', size: 16 }, { text: 'Annual vacancies notice' }], page2]);
}

describe('a short page in two columns', () => {
  it('is read a column at a time, its deadline cited with page and line', async () => {
    const r = await parseAnyFile('notice.pdf', notice());
    const p = r.postings[0];
    expect(p?.deadline?.date).toBe('2027-10-11');
    // The deadline's sentence is the right column's, not half of each column.
    expect(p?.deadline?.text).toMatch(/^Send a CV and two references by 11 October 2027/);
    expect(p?.deadline?.text).not.toMatch(/Uppsala|engineer/);
    const at = locateLine(p?.pageStarts, p?.deadline?.line ?? 0);
    expect(at?.page).toBe(2);
    expect(describeLine({ line: p?.deadline?.line ?? 0, ...at })).toBe(`p.2 l.${at?.pageLine}`);
    expect(p?.contacts.map((c) => c.email)).toEqual(['rse-office@example.se']);
  });
});
