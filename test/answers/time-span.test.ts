// Time spans in questions, as calendar days at the clock, in five languages.
import { describe, expect, it } from 'vitest';
import { spanIn } from '../../src/answers/time-span.ts';

const window = (text: string, today: string) => {
  const s = spanIn(text, today);
  return s ? [s.from, s.to] : null;
};

describe('spanIn', () => {
  it.each([
    ['what closes this month?', '2026-12-10', ['2026-12-10', '2026-12-31']],
    ['anything due this month', '2027-02-03', ['2027-02-03', '2027-02-28']],
    ['deadlines next month', '2026-12-31', ['2027-01-01', '2027-01-31']],
    ['which applications are due next month?', '2027-01-28', ['2027-02-01', '2027-02-28']],
    ['in the coming month', '2028-01-15', ['2028-02-01', '2028-02-29']],
    ['qu’est-ce qui ferme ce mois-ci ?', '2026-11-05', ['2026-11-05', '2026-11-30']],
    ['des dates limites le mois prochain ?', '2026-11-05', ['2026-12-01', '2026-12-31']],
    ['Fristen im nächsten Monat', '2026-06-20', ['2026-07-01', '2026-07-31']],
    ['scadenze del mese prossimo', '2026-06-20', ['2026-07-01', '2026-07-31']],
    ['plazos el mes que viene', '2026-06-20', ['2026-07-01', '2026-07-31']],
    ['plazos de este mes', '2026-06-20', ['2026-06-20', '2026-06-30']],
  ])('"%s" at %s is a calendar month', (text, today, expected) => {
    expect(window(text, today)).toEqual(expected);
  });

  it.each([
    ['in the next 30 days', '2026-11-22', ['2026-11-22', '2026-12-22']],
    ['within two weeks', '2026-11-22', ['2026-11-22', '2026-12-06']],
    ['deadlines this week', '2026-11-22', ['2026-11-22', '2026-11-29']],
    ['dans les 10 prochains jours', '2026-11-22', ['2026-11-22', '2026-12-02']],
    ['in den nächsten drei Wochen', '2026-11-22', ['2026-11-22', '2026-12-13']],
    ['entro 5 giorni', '2026-11-22', ['2026-11-22', '2026-11-27']],
    ['en los próximos 2 meses', '2026-12-31', ['2026-12-31', '2027-02-28']],
  ])('"%s" at %s counts days from today', (text, today, expected) => {
    expect(window(text, today)).toEqual(expected);
  });

  it.each([
    ['anything closing in the next few days', '2026-11-22', ['2026-11-22', '2026-11-29']],
    ['deadlines in the coming days', '2026-11-22', ['2026-11-22', '2026-11-29']],
    ['in a few days', '2026-12-28', ['2026-12-28', '2027-01-04']],
    ['was endet in den nächsten Tagen', '2026-11-22', ['2026-11-22', '2026-11-29']],
    ['in den nächsten paar Tagen', '2026-11-22', ['2026-11-22', '2026-11-29']],
    ['dans les prochains jours', '2026-11-22', ['2026-11-22', '2026-11-29']],
    ['dans quelques jours', '2026-11-22', ['2026-11-22', '2026-11-29']],
    ['nei prossimi giorni', '2026-11-22', ['2026-11-22', '2026-11-29']],
    ['en los próximos días', '2026-11-22', ['2026-11-22', '2026-11-29']],
  ])('"%s" at %s is about a week', (text, today, expected) => {
    expect(window(text, today)).toEqual(expected);
  });

  it('says the week it read the coming days as; a counted span stays as counted', () => {
    expect(spanIn('in the coming days', '2026-11-22')?.label).toMatch(/next 7 days.*read as a week/);
    expect(window('in the next 2 days', '2026-11-22')).toEqual(['2026-11-22', '2026-11-24']);
    expect(window('in the next few weeks', '2026-11-22')).toEqual(['2026-11-22', '2026-12-13']);
  });

  it.each([
    ['open in March 2027', '2026-11-22', ['2027-03-01', '2027-03-31']],
    ['what closes in april?', '2026-11-22', ['2027-04-01', '2027-04-30']],
    ['deadlines in december', '2026-12-05', ['2026-12-01', '2026-12-31']],
    ['ouvert en mars 2027', '2026-11-22', ['2027-03-01', '2027-03-31']],
    ['offen im Juni 2027', '2026-11-22', ['2027-06-01', '2027-06-30']],
  ])('"%s" names a month', (text, today, expected) => {
    expect(window(text, today)).toEqual(expected);
  });

  it.each([
    'may I apply?',
    'how many months is the contract',
    'is it a two-year post',
    'who do I contact',
    'the deadline is in my documents',
  ])('"%s" names no span', (text) => {
    expect(spanIn(text, '2026-11-22')).toBeNull();
  });

  it('says where the span is, so its words name no posting', () => {
    const text = 'python jobs closing in the next 2 weeks please';
    const s = spanIn(text, '2026-11-22');
    expect(text.slice(s?.at, s?.end)).toBe('in the next 2 weeks');
  });
});

describe('a span that ends on a named day', () => {
  it.each([
    ['which ones close by december 15', '2026-12-02', ['2026-12-02', '2026-12-15']],
    ['anything due before the 15th of December?', '2026-12-02', ['2026-12-02', '2026-12-14']],
    ['deadlines until Jan 10th', '2026-12-02', ['2026-12-02', '2027-01-10']],
    ['closing before christmas?', '2026-12-02', ['2026-12-02', '2026-12-24']],
    ['what closes before the end of the year', '2026-12-02', ['2026-12-02', '2026-12-31']],
    ['anything by the end of the month', '2027-02-10', ['2027-02-10', '2027-02-28']],
    ['by new year', '2026-12-02', ['2026-12-02', '2027-01-01']],
    ['by March 3 2028', '2026-12-02', ['2026-12-02', '2028-03-03']],
    // A day already past this year is next year's.
    ['by 10 November', '2026-12-02', ['2026-12-02', '2027-11-10']],
    ['Fristen bis 15. Dezember', '2026-12-02', ['2026-12-02', '2026-12-15']],
    ['quelque chose avant Noël ?', '2026-12-02', ['2026-12-02', '2026-12-24']],
    ['offres jusqu’au 20 décembre', '2026-12-02', ['2026-12-02', '2026-12-20']],
    ['scadenze entro fine anno', '2026-12-02', ['2026-12-02', '2026-12-31']],
    ['plazos hasta el 15 de diciembre', '2026-12-02', ['2026-12-02', '2026-12-15']],
  ])('"%s" at %s', (text, today, expected) => {
    expect(window(text, today)).toEqual(expected);
  });

  it.each([
    ['by CERN', '2026-12-02'],
    ['apply before 31 February', '2026-12-02'],
    ['by the way, any postdocs?', '2026-12-02'],
  ])('"%s" names no such span', (text, today) => {
    expect(window(text, today)).toBeNull();
  });

  it('the span covers its words, so they are no search terms', () => {
    const text = 'postdocs closing before the 15th of December';
    const s = spanIn(text, '2026-12-02');
    expect(text.slice(s?.at, s?.end)).toBe('before the 15th of December');
    expect(s?.label).toBe('before 15 December 2026 (2026-12-15)');
  });
});
