import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/corpus/role.ts';
import { extractDates } from '../../src/facts/dates.ts';
import { extractDuration } from '../../src/facts/duration.ts';
import { extractSalary } from '../../src/facts/salary.ts';

const ref = new Date(Date.UTC(2026, 10, 1));
let line = 0;
const e = (text: string): Entry => ({ text, line: ++line, kind: 'text', section: 'none' });
const facts = (country: string | null, ...texts: string[]) =>
  extractDates(
    texts.map((t) => e(t)),
    ref,
    { country },
  );
const startOf = (...texts: string[]) => facts(null, ...texts).start?.from ?? null;

describe('start words of four languages before a date', () => {
  it('reads German "ab (dem) ... zu besetzen"', () => {
    expect(startOf('Die Stelle ist ab dem 1. März 2027 zu besetzen und auf 3 Jahre befristet.')).toBe('2027-03-01');
    expect(startOf('Die Position ist ab 15.04.2027 zu besetzen.')).toBe('2027-04-15');
    expect(startOf('Zu besetzen ab 1. Juni 2027, befristet auf zwei Jahre.')).toBe('2027-06-01');
  });

  it('reads French "à partir du", "à pourvoir le"', () => {
    expect(startOf('Le poste est à pourvoir à partir du 1er octobre 2027 pour une durée de 18 mois.')).toBe(
      '2027-10-01',
    );
    expect(startOf('Poste à pourvoir le 2 novembre 2027.')).toBe('2027-11-02');
    expect(startOf('Contrat de 12 mois à compter du 1er janvier 2028.')).toBe('2028-01-01');
  });

  it('reads Italian "a partire dal", "a decorrere dal" and Spanish "a partir del"', () => {
    expect(startOf("L'assegno avrà la durata di 24 mesi a partire dal 1 aprile 2027.")).toBe('2027-04-01');
    expect(startOf('Il contratto avrà durata biennale a decorrere dal 1° giugno 2027.')).toBe('2027-06-01');
    expect(startOf('La incorporación está prevista a partir del 1 de febrero de 2027.')).toBe('2027-02-01');
  });

  it('reads "starts on" and the Turkish "Başlangıç" label', () => {
    expect(startOf('The doctoral position starts on 1 March 2027 or upon agreement.')).toBe('2027-03-01');
    expect(startOf('Başlangıç: 1 Mart 2027')).toBe('2027-03-01');
    expect(startOf('İşe başlama tarihi: 15 Eylül 2027')).toBe('2027-09-15');
  });

  it('takes no start from a weak start word in a sentence about applications or pay', () => {
    const f = facts(null, 'Les candidatures seront reçues à partir du 1er décembre 2026.');
    expect(f.start).toBeNull();
    expect(facts(null, 'Bewerbungen sind ab dem 1. Dezember 2026 möglich.').start).toBeNull();
    expect(startOf('La retribución se actualizará a partir del 1 de enero de 2027.')).toBeNull();
    expect(startOf('Die Vergütung steigt ab dem 1. Januar 2028.')).toBeNull();
  });
});

describe('application windows and posted labels of job boards', () => {
  it('reads "Open & closing dates" as a window that closes on its last day', () => {
    const f = facts('United States', 'Open & closing dates: 11/03/2026 to 12/15/2026');
    expect(f.deadline?.date).toBe('2026-12-15');
    expect(f.opens?.date).toBe('2026-11-03');
    const label: Entry = { text: 'Opening and closing dates', line: 1, kind: 'heading', section: 'none' };
    const g = extractDates([label, { ...e('01/05/2027 to 01/26/2027'), line: 2 }], ref, { country: null });
    expect(g.deadline?.date).toBe('2027-01-26');
  });

  it('decides a numeric range by whichever end reads one way only', () => {
    expect(facts(null, 'Application period: 11/20/2026 to 12/03/2026').deadline?.date).toBe('2026-12-03');
    expect(facts(null, 'Application period: 03/11/2026 to 15/12/2026').opens?.date).toBe('2026-11-03');
  });

  it('reads the Turkish window "Başvuru tarihleri"', () => {
    const f = facts(null, 'Başvuru tarihleri: 1 Aralık 2026 - 15 Ocak 2027');
    expect(f.deadline?.date).toBe('2027-01-15');
    expect(f.opens?.date).toBe('2026-12-01');
  });

  it('reads "Placed On" and "Posting Date" as the posted date', () => {
    expect(facts(null, 'Placed On: 3rd November 2026').posted?.date).toBe('2026-11-03');
    expect(facts(null, 'Posting Date: November 3, 2026').posted?.date).toBe('2026-11-03');
    expect(facts(null, 'Posting Date: November 3, 2026').deadline).toBeNull();
  });
});

describe('a deadline time in an IANA zone', () => {
  it('reads "(Europe/Berlin)" after the time, in summer and winter', () => {
    expect(facts(null, 'Application Deadline: 15 Jan 2027 - 23:59 (Europe/Berlin)').deadline?.at).toBe(
      '2027-01-15T22:59:00.000Z',
    );
    expect(facts(null, 'Application Deadline: 15 Jul 2027 - 12:00 America/New_York').deadline?.at).toBe(
      '2027-07-15T16:00:00.000Z',
    );
  });

  it('keeps only the day for a name that is no zone', () => {
    const d = facts(null, 'Deadline: 15 Jan 2027 23:59 (Europe/Atlantis)').deadline;
    expect(d?.date).toBe('2027-01-15');
    expect(d?.at).toBeUndefined();
  });
});

describe('Turkish contract lengths and pay', () => {
  it('reads months and years in Turkish', () => {
    expect(extractDuration([e('Süre: 24 ay')])?.months).toBe(24);
    expect(extractDuration([e('Proje süresi 2 yıl olup uzatılabilir.')])?.months).toBe(24);
  });

  it('reads lira amounts, monthly and gross', () => {
    expect(extractSalary([e('Aylık brüt ücret: 45.000 TL')])).toMatchObject({
      min: 45000,
      currency: 'TRY',
      period: 'month',
      net: false,
    });
    expect(extractSalary([e('Bursiyere yıllık 600.000 Türk lirası burs ödenir.')])).toMatchObject({
      min: 600000,
      currency: 'TRY',
      period: 'year',
    });
  });
});

describe('a deadline time after a bracketed weekday or followed by "hours"', () => {
  it('reads "January 8, 2027 (Fri) 17:00 (JST)"', () => {
    expect(facts(null, 'Deadline: January 8, 2027 (Fri) 17:00 (JST)').deadline?.at).toBe('2027-01-08T08:00:00.000Z');
    expect(facts(null, 'Closing date: 12 March 2027 (Fri.) 12:00 (CET)').deadline?.at).toBe('2027-03-12T11:00:00.000Z');
  });

  it('reads "17:00 hours (Central European Time)"', () => {
    expect(
      facts(null, 'Deadline for receipt of applications: 20 January 2027, 17:00 hours (Central European Time)').deadline
        ?.at,
    ).toBe('2027-01-20T16:00:00.000Z');
  });
});

describe('more start and deadline labels', () => {
  it('reads German start labels and the Spanish "incorporación"', () => {
    expect(startOf('Antritt: 1. April 2027')).toBe('2027-04-01');
    expect(startOf('Starttermin: 01.10.2027')).toBe('2027-10-01');
    expect(startOf('Einstellung zum 1.4.2027')).toBe('2027-04-01');
    expect(startOf('Fecha prevista de incorporación: marzo de 2027')).toBe('2027-03-01');
  });

  it('reads the Turkish "Son başvuru" as the deadline', () => {
    expect(facts(null, 'Son başvuru: 20 Ocak 2027').deadline?.date).toBe('2027-01-20');
  });
});

describe('Turkish lengths with suffixes', () => {
  it('reads "1 yıldır" and "12 aylık"', () => {
    expect(extractDuration([e('Sözleşme süresi 1 yıldır.')])?.months).toBe(12);
    expect(extractDuration([e('12 aylık proje bursiyerliği')])?.months).toBe(12);
  });
});
