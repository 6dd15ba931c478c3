import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/corpus/role.ts';
import { extractDates } from '../../src/facts/dates.ts';

const ref = new Date(Date.UTC(2026, 0, 1));
let line = 0;
const e = (text: string, extra: Partial<Entry> = {}): Entry => ({
  text,
  line: ++line,
  kind: 'text',
  section: 'none',
  ...extra,
});
const deadlineOf = (...texts: string[]) =>
  extractDates(
    texts.map((t) => e(t)),
    ref,
  ).deadline?.date ?? null;

describe('which date is the deadline', () => {
  it('reads deadline cues in prose and in key/value headers', () => {
    expect(deadlineOf('Close Date: 12 May 2027')).toBe('2027-05-12');
    expect(deadlineOf('Closes: 3 June 2027')).toBe('2027-06-03');
    expect(deadlineOf('End of advertisement period: 30 April 2027')).toBe('2027-04-30');
    expect(deadlineOf('This vacancy closed on 14/05/2026 (Geneva).')).toBe('2026-05-14');
    expect(deadlineOf('All materials must be received before October 2, 2026 for full consideration.')).toBe(
      '2026-10-02',
    );
    expect(deadlineOf('Please send applications no later than 15 March 2027.')).toBe('2027-03-15');
  });

  it('reads deadline cues in French, German, Italian, Spanish and Turkish', () => {
    expect(deadlineOf('Date limite de candidature : mercredi 7 avril 2027')).toBe('2027-04-07');
    expect(deadlineOf('Bewerbungsschluss ist der 15. Januar 2027.')).toBe('2027-01-15');
    expect(deadlineOf('Scadenza: 20 ottobre 2026')).toBe('2026-10-20');
    expect(deadlineOf('Plazo de solicitud: 1 de diciembre de 2026')).toBe('2026-12-01');
    expect(deadlineOf('Son başvuru tarihi: 9 Mart 2027')).toBe('2027-03-09');
  });

  it('reads "apply ... by / until / bis / entro" before a date as the deadline', () => {
    expect(deadlineOf('Submit now until November 30th, 2026!')).toBe('2026-11-30');
    expect(deadlineOf('Your documents should be sent by e-mail to Dr. Vega by April 3, 2027.')).toBe('2027-04-03');
    expect(deadlineOf('Bewerbungen sind bis 12. Februar 2027 möglich.')).toBe('2027-02-12');
    expect(deadlineOf('La domanda va inviata entro il 4 maggio 2027.')).toBe('2027-05-04');
  });

  it('keeps a sentence whole across abbreviations ("Ms.", "Dec.")', () => {
    const long = `${'Our group works on detector physics and computing for the experiment. '.repeat(2)}Applications should be submitted to Ms. Smith at jobs@example.org before Dec. 15, 2026.`;
    expect(deadlineOf(long)).toBe('2026-12-15');
  });

  it('takes the end of an application period that is a range', () => {
    expect(deadlineOf('The application window is open from 2 May to 20 June, 2027.')).toBe('2027-06-20');
    expect(deadlineOf('Les candidatures sont ouvertes du 3 mars 2027 au 2 avril 2027.')).toBe('2027-04-02');
  });

  it('ends a month-only deadline on its last day', () => {
    expect(deadlineOf('Deadline: February 2028')).toBe('2028-02-29');
  });

  it('prefers a deadline cue to a "no later than" about a degree', () => {
    expect(
      deadlineOf(
        'Candidates must hold a PhD awarded no later than 31 August 2026.',
        'The deadline for this call is 15 January 2027.',
      ),
    ).toBe('2027-01-15');
  });

  it('takes no interview date for a deadline', () => {
    expect(deadlineOf('Interviews will be held on 3 March 2027.')).toBeNull();
    expect(deadlineOf('Deadline 10 February 2027; interviews on 3 March 2027.')).toBe('2027-02-10');
  });

  it('reads a label on the line before its date, and a flattened table header', () => {
    const d = extractDates([e('Closing date'), e('Friday, 9 April 2027')], ref);
    expect(d.deadline).toMatchObject({ date: '2027-04-09', line: line });
    const t = extractDates(
      [e('Posted Deadline City', { kind: 'heading' }), e('2 Feb 20 Mar Leiden'), e('(deadline was 20 Mar 2027)')],
      ref,
    );
    expect(t.deadline?.date).toBe('2027-03-20');
    expect(t.posted?.date).toBe('2027-02-02');
  });

  it('gives a date without a year the year of the posting’s other dates', () => {
    expect(deadlineOf('Published 4 January 2019.', 'Deadline: March 1')).toBe('2019-03-01');
  });
});

describe('start, end of contract, posting date', () => {
  it('reads the start from its own section, not from "as of" in a salary clause', () => {
    const d = extractDates(
      [
        e('Start of employment', { kind: 'heading', section: 'start' }),
        e('July 1, 2027 (tentative)', { section: 'start' }),
        e('Monthly salary EUR 3,900 (as of January 1, 2026)', { section: 'salary' }),
      ],
      ref,
    );
    expect(d.start?.from).toBe('2027-07-01');
  });

  it('reads "as of" as a start outside a salary clause', () => {
    expect(extractDates([e('The position is available as of 1 September 2027.')], ref).start?.from).toBe('2027-09-01');
  });

  it('reads a period of work as its start, and a contract from start to end as its length', () => {
    const period = extractDates(
      [e('During the period from 5 July to 27 August 2027, students will join the group.')],
      ref,
    );
    expect(period.start).toMatchObject({ from: '2027-07-05', to: null });
    expect(period.end?.date).toBe('2027-08-27');
    // A period of work is not the contract: its length is not the contract's.
    expect(period.contract).toBeNull();
    const contract = extractDates([e('The contract runs from 1 October 2026 to 30 September 2028.')], ref);
    expect(contract.start?.from).toBe('2026-10-01');
    expect(contract.contract?.months).toBe(24);
  });

  it('reads the end of contract from a contract section and gives the months between', () => {
    const d = extractDates(
      [
        e('Start date: March 1, 2027'),
        e('Contract', { kind: 'heading', section: 'duration' }),
        e('Fixed-term appointment (until August 31, 2028).', { section: 'duration' }),
      ],
      ref,
    );
    expect(d.end?.date).toBe('2028-08-31');
    expect(d.contract?.months).toBe(18);
  });

  it('reads posting dates in several languages', () => {
    expect(extractDates([e('Date de publication : mardi 6 mai 2025')], ref).posted?.date).toBe('2025-05-06');
    expect(extractDates([e('Publish Date:'), e('Monday, October 5, 2026')], ref).posted?.date).toBe('2026-10-05');
    expect(extractDates([e('更新日 : 2026/02/10')], ref).posted?.date).toBe('2026-02-10');
  });

  it('keeps a start window read from month names', () => {
    expect(extractDates([e('Starting date: From March to June 2027')], ref).start).toMatchObject({
      from: '2027-03-01',
      to: '2027-06-30',
    });
  });
});

describe('hard-wrapped sentences', () => {
  it('read the cue on the line before a date', () => {
    const a = e('Kindly mail your application (a CV and two letters of');
    const b = e('recommendation) to office@lab.example.org by 12 March 2027.');
    b.line = a.line + 1;
    const d = extractDates([a, b], ref);
    expect(d.deadline).toMatchObject({ date: '2027-03-12', line: b.line });
    // A line that starts a sentence of its own does not continue the one before.
    const c = e('The group has six members and');
    const f = e('Our lab moved on 12 March 2027.');
    f.line = c.line + 1;
    expect(extractDates([c, f], ref).deadline).toBeNull();
  });
});

describe('the start in French, German, Italian and Spanish hiring words', () => {
  const startOf = (...texts: string[]) =>
    extractDates(
      texts.map((t) => e(t)),
      ref,
    ).start?.from ?? null;
  it('reads a hiring date and a German "sucht zum" as the start', () => {
    expect(startOf("Date d'embauche prévue : 1 avril 2027")).toBe('2027-04-01');
    expect(startOf('Stellenantritt: 1. März 2027')).toBe('2027-03-01');
    expect(startOf('Dienstbeginn ist der 1. Oktober 2027.')).toBe('2027-10-01');
    expect(startOf('Das Institut sucht zum 01.10.2027 eine*n Mitarbeiter*in.')).toBe('2027-10-01');
    expect(startOf('Wir suchen zum 15. Januar 2027 eine Doktorandin.')).toBe('2027-01-15');
    expect(startOf('Presa di servizio: 1 marzo 2027')).toBe('2027-03-01');
    expect(startOf('Fecha de comienzo: 1 de septiembre de 2027')).toBe('2027-09-01');
  });
  it('keeps "bis zum" a deadline beside a start', () => {
    const r = extractDates(
      [
        e('Das Institut sucht zum 01.10.2027 eine*n Mitarbeiter*in.'),
        e('Bitte bewerben Sie sich bis zum 31. Januar 2027.'),
      ],
      ref,
    );
    expect(r.start?.from).toBe('2027-10-01');
    expect(r.deadline?.date).toBe('2027-01-31');
  });
});
