import { describe, expect, it } from 'vitest';
import { pipeRowsAsLabels } from '../../src/corpus/formats/pipe-rows.ts';
import { numberedLines } from '../../src/corpus/formats/text-lines.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';

const first = (file: string, text: string) => parseFile(file, Buffer.from(text)).postings[0];

describe('markdown pipe tables of facts', () => {
  it('reads a two-cell row as "Label: value", the rule and empty rows as blank lines', () => {
    const lines = pipeRowsAsLabels(numberedLines('| | |\n|---|---|\n| Lieu de travail | Grenoble |\n| a | b | c |'));
    expect(lines.map((l) => l.text)).toEqual(['', '', 'Lieu de travail: Grenoble', '| a | b | c |']);
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4]);
  });

  it('gives the place, the deadline and the contract of a job-portal table', () => {
    const p = first(
      'offre.md',
      '# Ingénieur·e en instrumentation (H/F)\n\n| | |\n|---|---|\n| Lieu de travail | Grenoble |\n| Date limite de candidature | 18 décembre 2026 |\n| Durée du contrat | 24 mois |\n\n## Missions\nLe Laboratoire Kestrel recrute un·e ingénieur·e.\n',
    );
    expect(p?.location).toMatchObject({ text: 'Grenoble', line: 5 });
    expect(p?.deadline?.date).toBe('2026-12-18');
    expect(p?.duration?.months).toBe(24);
  });

  it('leaves a table of several columns alone', () => {
    const p = first(
      't.md',
      '# Engineer\n\n| Role | Place | Deadline |\n|---|---|---|\n| Engineer | Lyon | 3 May 2027 |\n',
    );
    expect(p?.location?.text).not.toBe('Place');
  });
});

describe('the employer and the place on the lines under the title', () => {
  it('takes the employer line under the title over a unit in the hiring sentence', () => {
    const p = first(
      'w.txt',
      'Research Fellow in Mirror Coatings\nKestrel University\n\nThe Institute for Optical Research in the School of Physics seeks a Research Fellow.\n',
    );
    expect(p?.organisation).toBe('Kestrel University');
  });

  it('reads "Upton, NY" and "Lund, Sweden" lines as the location', () => {
    expect(
      first('w.txt', 'Kestrel National Laboratory\nUpton, NY\n\nJob Title: Postdoc in Optics\n')?.location?.text,
    ).toBe('Upton, NY');
    expect(first('w.txt', 'Postdoc in Optics\nLund, Sweden\n\nThe lab seeks a postdoc.\n')?.location?.text).toBe(
      'Lund, Sweden',
    );
  });
});
