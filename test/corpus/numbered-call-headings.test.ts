import { describe, expect, it } from 'vitest';
import { numberedLines } from '../../src/corpus/formats/text-lines.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { linesToEntries } from '../../src/corpus/sections.ts';

const entriesOf = (text: string) => linesToEntries(numberedLines(text));
const postingOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings[0];

const CALL = [
  'Associate Professor in Geology',
  '',
  '  3. Qualifications',
  '',
  '    Applicants must hold a doctorate in the earth sciences.',
  '  4. Starting Date',
  '',
  '    The earliest possible date after March 1, 2027',
  '',
  '  5. Period of Employment',
  '',
  '    Five years',
  '',
  '  6. Selection Process',
  '',
  '    Shortlisted candidates are interviewed in Sendai.',
  '',
].join('\n');

describe("a call's numbered headings over prose", () => {
  it('open sections for the prose below them', () => {
    const es = entriesOf(CALL);
    const sectionOf = (words: string) => es.find((e) => e.text.startsWith(words))?.section;
    expect(sectionOf('Applicants must hold')).toBe('required');
    expect(sectionOf('The earliest possible date')).toBe('start');
    expect(sectionOf('Five years')).toBe('duration');
    // A numbered heading of no known section ends the one before it.
    expect(sectionOf('Shortlisted candidates')).toBe('none');
  });

  it('give the facts their sections', () => {
    const p = postingOf(CALL.replace('4. Starting Date', '4. Start Date of Employment'));
    expect(p?.start).toMatchObject({ from: '2027-03-01' });
    expect(p?.duration?.months).toBe(60);
  });

  it('leave a numbered list of items a list', () => {
    const es = entriesOf('Requirements\n\n1. Start date flexibility\n2. Experience with Python\n3. A PhD in physics\n');
    expect(es.filter((e) => e.kind === 'item').map((e) => e.section)).toEqual(['required', 'required', 'required']);
  });
});
