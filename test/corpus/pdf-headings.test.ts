import { describe, expect, it } from 'vitest';
import { markPdfHeadings } from '../../src/corpus/formats/pdf-headings.ts';

const body = (text: string) => ({ text, size: 10 });

describe('markPdfHeadings', () => {
  it('marks the largest short lines "#" and the other large ones "##"', () => {
    expect(
      markPdfHeadings([
        { text: 'Doctoral Student in Quantum Sensing', size: 20 },
        body('The group builds atom interferometers.'),
        { text: 'Your tasks', size: 13 },
        body('- build the laser system'),
        body('- write the control software'),
        { text: 'Your profile', size: 13 },
        body('- a master in physics'),
      ]),
    ).toEqual([
      '# Doctoral Student in Quantum Sensing',
      'The group builds atom interferometers.',
      '## Your tasks',
      '- build the laser system',
      '- write the control software',
      '## Your profile',
      '- a master in physics',
    ]);
  });

  it('takes the size most lines are set in as the body, whatever the first line is', () => {
    const lines = [
      body('Ref. 2027/15'),
      { text: 'Staff Physicist', size: 16 },
      body('a'),
      body('b'),
      { text: 'small print', size: 7 },
    ];
    expect(markPdfHeadings(lines)).toEqual(['Ref. 2027/15', '# Staff Physicist', 'a', 'b', 'small print']);
  });

  it('leaves long lines and lines that run on as body text, and empty slots empty', () => {
    const long =
      'A lead paragraph set large, as some layouts do, which says a great deal more than any heading would ever say.';
    expect(
      markPdfHeadings([
        { text: long, size: 14 },
        { text: 'Continued,', size: 14 },
        { text: '', size: 10 },
        body('x'),
        body('y'),
      ]),
    ).toEqual([long, 'Continued,', '', 'x', 'y']);
  });

  it('marks nothing on a page set in one size', () => {
    expect(markPdfHeadings([body('Title'), body('text')])).toEqual(['Title', 'text']);
    expect(markPdfHeadings([])).toEqual([]);
  });
});
