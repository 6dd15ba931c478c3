// Smaller rules of this round: a time stated on another line for the same day, "11:59 PM
// Eastern", start words after "decorre dal" / "Die Stelle ist zum", a rate after a German pay
// group, and a deadline counted from an undated day.
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { extractDates } from '../../src/facts/dates.ts';
import { extractWorkload } from '../../src/facts/workload.ts';
import { entry } from './entry.ts';

const ref = new Date(Date.UTC(2026, 11, 1));
const datesOf = (lines: string[], country?: string) =>
  extractDates(
    lines.map((t, i) => entry(t, { line: i + 1 })),
    ref,
    { country },
  );

describe('deadline times', () => {
  it('takes the time another line states for the same day', () => {
    const d = datesOf(
      ['Bewerbungsschluss ist der 15. Januar 2027.', 'Bitte senden Sie Ihre Bewerbung bis zum 15.01.2027, 12 Uhr.'],
      'Germany',
    ).deadline;
    expect(d).toMatchObject({ date: '2027-01-15', at: '2027-01-15T11:00:00.000Z' });
    const other = datesOf(['Deadline: 15 January 2027.', 'Apply by 16 January 2027, 12:00 CET.']).deadline;
    expect(other?.date).toBe('2027-01-15');
    expect(other?.at).toBeUndefined();
  });

  it('reads a US region named without "time"', () => {
    expect(datesOf(['Application Deadline: January 10, 2027 11:59 PM Eastern']).deadline?.at).toBe(
      '2027-01-11T04:59:00.000Z',
    );
    expect(datesOf(['Deadline: February 1, 2027 5:00 PM Pacific']).deadline?.at).toBe('2027-02-02T01:00:00.000Z');
  });
});

describe('start words', () => {
  it('reads "decorre dal" and "Die Stelle ist zum … zu besetzen"', () => {
    expect(datesOf(['La borsa decorre dal 1 aprile 2027.']).start?.from).toBe('2027-04-01');
    expect(datesOf(["L'incarico decorrerà dal 1 maggio 2027."]).start?.from).toBe('2027-05-01');
    expect(datesOf(['Die Stelle ist zum 1. April 2027 zu besetzen.']).start?.from).toBe('2027-04-01');
  });
});

describe('a rate after a German pay group', () => {
  it('is the workload', () => {
    expect(extractWorkload([entry('Die Vergütung erfolgt nach TV-L E 13 (65 %).')])?.fte).toBe(0.65);
    expect(extractWorkload([entry('Bezahlung nach E13 TVöD, 50 %')])?.fte).toBe(0.5);
    expect(extractWorkload([entry('Ein Zuschlag von 10 % wird gezahlt.')])).toBeNull();
  });
});

describe('a deadline counted from an undated day', () => {
  const check = (text: string) => parseFile('p.txt', Buffer.from(text));

  it('takes no deadline and warns, in five languages', () => {
    for (const line of [
      'Le domande devono essere presentate entro 30 giorni dalla data di pubblicazione del bando.',
      'Applications must be submitted within four weeks of the publication of this advertisement.',
      'Les candidatures sont reçues dans un délai de 15 jours à compter de la publication.',
      'Bewerbungen innerhalb von vier Wochen nach Veröffentlichung dieser Anzeige.',
      'Las solicitudes se presentarán en el plazo de 15 días hábiles desde la publicación.',
      'Başvurular ilan tarihinden itibaren 15 gün içinde yapılmalıdır.',
    ]) {
      const r = check(`Research Assistant\n\n${line}\n`);
      expect(r.postings[0]?.deadline, line).toBeNull();
      expect(r.warnings.map((w) => w.reason).join(' '), line).toMatch(/counts the deadline from a day/);
    }
  });

  it('warns of nothing where a dated deadline is stated', () => {
    const r = check('Research Assistant\n\nPublished 1 December 2026; deadline 30 days later: 31 December 2026.\n');
    expect(r.postings[0]?.deadline?.date).toBe('2026-12-31');
    expect(r.warnings).toEqual([]);
  });
});
