// More posted words ("Job offer from", "Ausschreibung vom", "Data del bando", "Fecha de la
// convocatoria"), and a date inside a deadline or start label that another role's word names.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/facts/dates.ts';
import { entry } from './entry.ts';

const ref = new Date(Date.UTC(2026, 11, 1));
const datesOf = (...entries: ReturnType<typeof entry>[]) => extractDates(entries, ref);
const text = (t: string) => entry(t);

describe('posted words', () => {
  it('date the posting in four languages', () => {
    expect(datesOf(text('Job offer from March 03, 2027')).posted?.date).toBe('2027-03-03');
    expect(datesOf(text('Ausschreibung vom 4. März 2027')).posted?.date).toBe('2027-03-04');
    expect(datesOf(text('Data del bando | 15/03/2027 |')).posted?.date).toBe('2027-03-15');
    expect(datesOf(text('Fecha de la convocatoria: 6 de marzo de 2027')).posted?.date).toBe('2027-03-06');
  });

  it('leave the deadline of the same posting', () => {
    const d = datesOf(text('Job offer from March 03, 2027'), text('Applications are accepted until April 15, 2027.'));
    expect(d.posted?.date).toBe('2027-03-03');
    expect(d.deadline?.date).toBe('2027-04-15');
  });
});

describe('a date inside a label that another word names', () => {
  const label = (t: string, section: 'deadline' | 'start') => {
    const [name = ''] = t.split(':');
    return entry(t, { kind: 'label', section, label: name });
  };

  it('takes that word’s role', () => {
    const d = datesOf(label('Closing date: 2027/01/15 (posted 2026/10/01)', 'deadline'));
    expect(d.deadline?.date).toBe('2027-01-15');
    expect(d.posted?.date).toBe('2026-10-01');
    const i = datesOf(label('Deadline: 20 January 2027 (interviews on 8 February 2027)', 'deadline'));
    expect(i.deadline?.date).toBe('2027-01-20');
    const s = datesOf(label('Start date: 1 May 2027, application deadline 1 March 2027', 'start'));
    expect(s.start?.from).toBe('2027-05-01');
    expect(s.deadline?.date).toBe('2027-03-01');
  });
});
