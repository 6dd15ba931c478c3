import { describe, expect, it } from 'vitest';
import { parseAnyFile } from '../../src/corpus/parse-any-file.ts';
import { makePdf, type PdfLine } from './helpers/make-pdf.ts';

/** Rows of a label and its value in a second column, as a word processor sets a table without rules. */
const rows = (pairs: Array<[string, string]>, valueX = 260): PdfLine[] =>
  pairs.flatMap(([label, value]) => [{ text: label }, { text: value, x: valueX, sameLine: true }]);

describe('PDF tables of labels and values', () => {
  it('reads each row as "Label: value" although pdf.js fills the gap with a blank run', async () => {
    const pdf = makePdf([
      [
        { text: 'Applied Physicist for Beam Diagnostics', size: 16 },
        ...rows([
          ['Duty station', 'Hamburg'],
          ['Contract length', '24 months'],
          ['Closing date', '18 January 2027'],
        ]),
        { text: 'The group builds beam position monitors for the linear accelerator.', gapBefore: 10 },
      ],
    ]);
    const p = (await parseAnyFile('diagnostics.pdf', pdf)).postings[0];
    expect(p?.location?.text).toBe('Hamburg');
    expect(p?.duration?.months).toBe(24);
    expect(p?.deadline).toMatchObject({ date: '2027-01-18', line: 4 });
  });

  it('keeps the row whole with the value closer to the label or further right', async () => {
    for (const x of [200, 340]) {
      const pdf = makePdf([
        [
          { text: 'Research Associate in Cosmology', size: 16 },
          ...rows(
            [
              ['Place of work', 'Edinburgh'],
              ['Deadline', '3 March 2027'],
            ],
            x,
          ),
        ],
      ]);
      const p = (await parseAnyFile('cosmology.pdf', pdf)).postings[0];
      expect(p?.deadline?.date).toBe('2027-03-03');
      expect(p?.location?.text).toBe('Edinburgh');
    }
  });

  it('does not join a value to a sentence on its baseline', async () => {
    const pdf = makePdf([
      [
        { text: 'Detector Technician', size: 16 },
        { text: 'We offer a fixed-term contract.' },
        { text: 'Page 1', x: 480, sameLine: true },
      ],
    ]);
    const r = await parseAnyFile('technician.pdf', pdf);
    expect(r.postings[0]?.title).toBe('Detector Technician');
    expect(JSON.stringify(r.postings[0])).not.toContain('contract.: ');
  });
});
