// Posted, closing and start labels in Turkish, Spanish, Italian, German, French and English, the
// Turkish dotted capital "İ" included ("İlan tarihi", "SON BAŞVURU TARİHİ").
import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/facts/dates.ts';
import { entry } from './entry.ts';

const ref = new Date(Date.UTC(2026, 11, 1));
const datesOf = (...lines: string[]) =>
  extractDates(
    lines.map((t, i) => entry(t, { line: i + 1 })),
    ref,
  );

describe('posted labels', () => {
  it('reads Turkish labels whatever the case of their dotted capital', () => {
    expect(datesOf('İlan tarihi: 2 Aralık 2026').posted?.date).toBe('2026-12-02');
    expect(datesOf('İLAN TARİHİ: 02.12.2026').posted?.date).toBe('2026-12-02');
    expect(datesOf('Yayınlanma tarihi: 3 Aralık 2026').posted?.date).toBe('2026-12-03');
    expect(datesOf('SON BAŞVURU TARİHİ: 15 Ocak 2027').deadline?.date).toBe('2027-01-15');
    expect(datesOf('Başvuru bitiş tarihi: 16 Ocak 2027').deadline?.date).toBe('2027-01-16');
    expect(datesOf('İşe başlama tarihi: 1 Mart 2027').start?.from).toBe('2027-03-01');
  });

  it('reads posted labels in five more languages', () => {
    expect(datesOf('Publicado el 4 de diciembre de 2026').posted?.date).toBe('2026-12-04');
    expect(datesOf('Pubblicato il 5 dicembre 2026').posted?.date).toBe('2026-12-05');
    expect(datesOf('Offre publiée le 6 décembre 2026').posted?.date).toBe('2026-12-06');
    expect(datesOf('Ausgeschrieben am 07.12.2026').posted?.date).toBe('2026-12-07');
    expect(datesOf('Online seit: 8. Dezember 2026').posted?.date).toBe('2026-12-08');
    expect(datesOf('Date advertised: 9 December 2026').posted?.date).toBe('2026-12-09');
  });
});

describe('closing words', () => {
  it('reads them in five languages, a time between them and the date included', () => {
    expect(datesOf('Il bando scade il 20 febbraio 2027.').deadline?.date).toBe('2027-02-20');
    expect(datesOf('Il bando scade alle ore 12 del 21 febbraio 2027.').deadline?.date).toBe('2027-02-21');
    expect(datesOf('Fecha de cierre: 22 de febrero de 2027').deadline?.date).toBe('2027-02-22');
    expect(datesOf('Plazo de presentación: hasta el 23 de febrero de 2027').deadline?.date).toBe('2027-02-23');
    expect(datesOf('Bewerbungsende: 24.02.2027').deadline?.date).toBe('2027-02-24');
    expect(datesOf('Fin des candidatures : 25 février 2027').deadline?.date).toBe('2027-02-25');
    expect(datesOf('The call closes at noon on 26 February 2027.').deadline?.date).toBe('2027-02-26');
    expect(datesOf('Please submit your application by 5 pm on 27 February 2027.').deadline?.date).toBe('2027-02-27');
  });

  it('keeps a posted date apart from the closing date on one line', () => {
    const d = datesOf('Pubblicato il 1 dicembre 2026 - Scadenza: 15 gennaio 2027');
    expect(d.posted?.date).toBe('2026-12-01');
    expect(d.deadline?.date).toBe('2027-01-15');
  });
});

describe('start labels', () => {
  it('reads "entrée en fonction", "inicio previsto" and "data prevista di inizio"', () => {
    expect(datesOf('Date d’entrée en fonction : 1er avril 2027').start?.from).toBe('2027-04-01');
    expect(datesOf('Entrée en fonction : 1er mai 2027').start?.from).toBe('2027-05-01');
    expect(datesOf('Inicio previsto: 1 de junio de 2027').start?.from).toBe('2027-06-01');
    expect(datesOf('Data prevista di inizio: 1 luglio 2027').start?.from).toBe('2027-07-01');
  });
});
