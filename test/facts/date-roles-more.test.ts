import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/corpus/role.ts';
import { extractDates } from '../../src/facts/dates.ts';

const ref = new Date(Date.UTC(2026, 10, 1));
let line = 0;
const e = (text: string): Entry => ({ text, line: ++line, kind: 'text', section: 'none' });
const facts = (...texts: string[]) =>
  extractDates(
    texts.map((t) => e(t)),
    ref,
    { country: null },
  );

describe('deadline shapes of job boards and prose', () => {
  it('reads an "Expires" header as the deadline, a contract that expires as its end', () => {
    expect(facts('Expires: 31-JAN-27').deadline?.date).toBe('2027-01-31');
    const f = facts('Start date: 1 May 2027', 'The contract expires on 30 April 2029.');
    expect(f.deadline).toBeNull();
    expect(f.end?.date).toBe('2029-04-30');
  });

  it('reads a weekday between "by" and the date, with the time after it', () => {
    const f = facts('Applications must reach us by Friday, 22 January 2027 at noon Geneva time.');
    expect(f.deadline?.date).toBe('2027-01-22');
    expect(f.deadline?.at).toBe('2027-01-22T11:00:00.000Z');
    expect(facts('Send your application before Mon. 8 February 2027.').deadline?.date).toBe('2027-02-08');
  });

  it('keeps "p.m." from ending the sentence before the date', () => {
    const f = facts('Applications received by 5 p.m. PST on Dec. 18, 2026 will receive full consideration.');
    expect(f.deadline?.date).toBe('2026-12-18');
    expect(f.deadline?.at).toBe('2026-12-19T01:00:00.000Z');
  });

  it('reads the day review of applications begins as neither a deadline nor a start', () => {
    const f = facts('Review of applications begins on January 15, 2027 and continues until the position is filled.');
    expect(f.deadline).toBeNull();
    expect(f.start).toBeNull();
    const g = facts('Screening will begin on 4 March 2027.', 'Start date: 1 June 2027');
    expect(g.start?.from).toBe('2027-06-01');
  });
});

describe('more deadline words and times', () => {
  it('takes an extended deadline over the first one', () => {
    expect(facts('The deadline of 15 January 2027 is extended to 31 January 2027.').deadline?.date).toBe('2027-01-31');
    const label: Entry = {
      text: 'Deadline: 15 January 2027 (extended to 31 January 2027)',
      line: 1,
      kind: 'label',
      section: 'deadline',
    };
    expect(extractDates([label], ref).deadline?.date).toBe('2027-01-31');
    expect(facts('Bewerbungsfrist verlängert bis 12.02.2027').deadline?.date).toBe('2027-02-12');
  });

  it('reads "Close:", "Fristende" and "scadono il" headers and prose', () => {
    expect(facts('Close: 15 January 2027').deadline?.date).toBe('2027-01-15');
    expect(facts('Fristende: 20.01.2027').deadline?.date).toBe('2027-01-20');
    const f = facts('Le candidature scadono il 15/01/2027 alle ore 12:00 (ora di Roma).');
    expect(f.deadline?.date).toBe('2027-01-15');
    expect(f.deadline?.at).toBe('2027-01-15T11:00:00.000Z');
  });

  it('reads a "Closing:" or "Eintritt:" label above its date, and no "closing" in prose', () => {
    expect(facts('Closing:', '14 February 2027').deadline?.date).toBe('2027-02-14');
    expect(facts('Eintritt:', '01.03.2027').start?.from).toBe('2027-03-01');
    expect(facts('Closing remarks of the workshop on 5 June 2027 will be given by the director.').deadline).toBeNull();
  });

  it('reads "12 noon" as the time', () => {
    const f = facts('Closing date for applications is the 8th of January 2027 at 12 noon (UK time).');
    expect(f.deadline?.at).toBe('2027-01-08T12:00:00.000Z');
  });
});

describe('contract ends', () => {
  it('reads "appointment until" as the end, giving the length from the start', () => {
    const f = facts('This is a fixed-term appointment until 31 December 2028, starting on 1 March 2027.');
    expect(f.end?.date).toBe('2028-12-31');
    expect(f.start?.from).toBe('2027-03-01');
    expect(Math.floor(f.contract?.months ?? 0)).toBe(22);
  });

  it('reads German "Befristung" and "Eintritt" headers', () => {
    const f = facts('Befristung: bis 31.12.2028', 'Eintritt: 01.03.2027');
    expect(f.start?.from).toBe('2027-03-01');
    expect(f.end?.date).toBe('2028-12-31');
    expect(Math.floor(f.contract?.months ?? 0)).toBe(22);
  });

  it('reads "Closing:" with its time and zone before the date', () => {
    const f = facts('Closing: 11:59pm AEDT, 14 February 2027');
    expect(f.deadline?.date).toBe('2027-02-14');
    expect(f.deadline?.at).toBe('2027-02-14T12:59:00.000Z');
  });

  it('reads "until" under a duration label as the end, in Spanish and French', () => {
    const f = facts('Duración: hasta el 31 de diciembre de 2028', 'Fecha de incorporación: 1 de marzo de 2027');
    expect(f.end?.date).toBe('2028-12-31');
    expect(Math.floor(f.contract?.months ?? 0)).toBe(22);
    expect(facts("Durée : jusqu'au 30 juin 2029").end?.date).toBe('2029-06-30');
  });

  it('still reads "applications ... until" in a sentence about the appointment as the deadline', () => {
    const f = facts('Applications for this appointment are accepted until 10 January 2027.');
    expect(f.deadline?.date).toBe('2027-01-10');
    expect(f.end).toBeNull();
  });
});
