import { describe, expect, it } from 'vitest';
import { blankRunningLines } from '../../src/corpus/formats/pdf-running-lines.ts';

const page = (...texts: string[]) => texts.map((text) => ({ text, size: 10 }));
const texts = (pages: { text: string }[][]) => pages.map((p) => p.map((l) => l.text));

describe('blankRunningLines', () => {
  it('blanks a running head and foot after the first page they are on, and every page number', () => {
    const pages = [
      page('Example Institute - Human Resources', 'Staff Scientist', 'Duties: beam tests.', 'Page 1 of 2'),
      page('Example Institute - Human Resources', 'Deadline: 4 June 2027', 'Ref. 2027/15', 'Page 2 of 2'),
    ];
    expect(texts(blankRunningLines(pages))).toEqual([
      ['Example Institute - Human Resources', 'Staff Scientist', 'Duties: beam tests.', ''],
      ['', 'Deadline: 4 June 2027', 'Ref. 2027/15', ''],
    ]);
  });

  it('takes lines that differ only in their numbers for the same running line', () => {
    const pages = [page('Vacancy 2027/15 - 1', 'A', 'B', 'C'), page('Vacancy 2027/15 - 2', 'D', 'E', 'F')];
    expect(texts(blankRunningLines(pages))[1]?.[0]).toBe('');
  });

  it('keeps edge lines whose numbers change but not with the page: each page’s own deadline or salary', () => {
    const pages = [
      page('Mechanical Designer', 'Closing date: 3 June 2027', 'Design.', 'Salary: 4200 EUR'),
      page('Safety Officer', 'Closing date: 10 June 2027', 'Audit.', 'Salary: 3900 EUR'),
      page('Vacuum Technician', 'Closing date: 17 July 2027', 'Pumps.', 'Salary: 3100 EUR'),
    ];
    expect(texts(blankRunningLines(pages))).toEqual(texts(pages));
  });

  it('blanks running lines whose number moves with the page, or stays, on every page', () => {
    const pages = [
      page('Call 2027-04, sheet 3', 'a', 'b', 'Issued 2 May 2027'),
      page('Call 2027-04, sheet 4', 'c', 'd', 'Issued 2 May 2027'),
      page('Call 2027-04, sheet 5', 'e', 'f', 'Issued 2 May 2027'),
    ];
    expect(texts(blankRunningLines(pages))).toEqual([
      ['Call 2027-04, sheet 3', 'a', 'b', 'Issued 2 May 2027'],
      ['', 'c', 'd', ''],
      ['', 'e', 'f', ''],
    ]);
  });

  it('leaves lines in the middle of a page, and edge lines found on one page only', () => {
    const pages = [
      page('Title', 'Contact: ana@example.org', 'x', 'y', 'z', 'end one'),
      page('Other start', 'a', 'Contact: ana@example.org', 'b', 'c', 'end two'),
    ];
    expect(texts(blankRunningLines(pages))).toEqual(texts(pages));
  });

  it('knows page numbers in several forms and languages, not years or amounts', () => {
    for (const n of [
      '3',
      '- 3 -',
      '– 3 –',
      'Page 3',
      'p. 3',
      'Seite 3 von 4',
      'Page 3 sur 4',
      'Pagina 3 di 4',
      '3/4',
      'iv',
    ])
      expect(texts(blankRunningLines([page(n, 'body', 'more body')]))[0]?.[0]).toBe('');
    for (const n of ['2027', 'CHF 3000', '3 May', 'I', 'Mix'])
      expect(texts(blankRunningLines([page(n, 'body', 'more body')]))[0]?.[0]).toBe(n);
  });

  it('keeps each slot, so lines keep their numbers, and does not change its input', () => {
    const pages = [page('Head', 'a', 'b'), page('Head', 'c', 'd')];
    const out = blankRunningLines(pages);
    expect(out.map((p) => p.length)).toEqual([3, 3]);
    expect(pages[1]?.[0]?.text).toBe('Head');
  });
});
