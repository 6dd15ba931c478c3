// The opening of an application period named with the deadline's own words ("la fecha de apertura
// del plazo de presentación", "apertura dei termini"): that day is when applications open, and the
// closing day stated elsewhere stays the deadline.
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/facts/dates.ts';
import { entry } from './entry.ts';

const ref = new Date(Date.UTC(2026, 11, 1));
const datesOf = (...lines: string[]) =>
  extractDates(
    lines.map((t, i) => entry(t, { line: i + 1 })),
    ref,
  );

describe('the opening of an application period', () => {
  it('is no deadline in Spanish, the closing day elsewhere is', () => {
    const d = datesOf(
      'El listado de grupos estará visible en la fecha de apertura del plazo de presentación de solicitudes (12 de enero de 2027).',
      'Las solicitudes podrán presentarse hasta el 2 de febrero de 2027.',
    );
    expect(d.deadline?.date).toBe('2027-02-02');
    expect(d.opens?.date).toBe('2027-01-12');
  });

  it('reads "apertura del plazo de solicitud" and "fecha de apertura" as openings', () => {
    const d = datesOf('Apertura del plazo de solicitud: 3 de marzo de 2027.', 'Fecha límite: 24 de marzo de 2027.');
    expect(d.deadline?.date).toBe('2027-03-24');
    expect(d.opens?.date).toBe('2027-03-03');
    expect(
      datesOf('Fecha de apertura: 5 de abril de 2027. Plazo de presentación: hasta el 30 de abril de 2027.').deadline
        ?.date,
    ).toBe('2027-04-30');
  });

  it('reads the Italian, French and English forms', () => {
    const it1 = datesOf("L'apertura dei termini è fissata al 7 maggio 2027; la scadenza è il 28 maggio 2027.");
    expect(it1.deadline?.date).toBe('2027-05-28');
    expect(it1.opens?.date).toBe('2027-05-07');
    const fr = datesOf(
      'Ouverture de la période de candidature : 2 juin 2027.',
      'Date limite de candidature : 30 juin 2027.',
    );
    expect(fr.deadline?.date).toBe('2027-06-30');
    const en = datesOf(
      'The list of projects appears on the opening of the application period (1 July 2027).',
      'Applications must be received by 31 July 2027.',
    );
    expect(en.deadline?.date).toBe('2027-07-31');
    expect(en.opens?.date).toBe('2027-07-01');
  });

  it('still reads a plain "plazo de presentación" date as the deadline', () => {
    expect(datesOf('Plazo de presentación de solicitudes: hasta el 9 de agosto de 2027').deadline?.date).toBe(
      '2027-08-09',
    );
  });
});
