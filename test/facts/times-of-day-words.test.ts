// The time of day a deadline is stated with, in the words postings use for it ("12:00 noon
// (CET)", "24 Uhr (Mitternacht)", "alle ore 12", "à 12 h 00", "saat 17:00"), and the zone of a bare
// time taken from the posting's place when the posting does not name its country.
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { extractDates } from '../../src/facts/dates.ts';
import { entry } from './entry.ts';

const ref = new Date(Date.UTC(2026, 11, 1));
const atOf = (text: string, country?: string) => extractDates([entry(text)], ref, { country }).deadline;

describe('a time of day named by a word', () => {
  it('reads "noon" and "midnight" written after a numeric time, with the zone after them', () => {
    expect(atOf('Closing date: 20 January 2027 at 12:00 noon (GMT)')?.at).toBe('2027-01-20T12:00:00.000Z');
    expect(atOf('The deadline is 12 January 2027 at 12:00 noon (CET).')?.at).toBe('2027-01-12T11:00:00.000Z');
    expect(atOf('Deadline: 3 March 2027, 12:00 midnight EST')?.at).toBe('2027-03-04T05:00:00.000Z');
    expect(atOf('Bewerbungsschluss: 10. Januar 2027, 24 Uhr (Mitternacht) MEZ')?.at).toBe('2027-01-10T23:00:00.000Z');
    expect(atOf('Date limite : 15 janvier 2027, 12h00 (midi) heure de Paris')?.at).toBe('2027-01-15T11:00:00.000Z');
  });

  it('takes no time where the word and the hour disagree', () => {
    expect(atOf('Deadline: 3 March 2027, 17:00 noon CET')).toMatchObject({ date: '2027-03-03' });
    expect(atOf('Deadline: 3 March 2027, 17:00 noon CET')?.at).toBeUndefined();
    expect(atOf('Apply by 1 February 2027, 5 pm (midday) GMT')?.at).toBeUndefined();
  });

  it('reads an hour with spaced "h", a bare hour after "ore" or "saat", and "saat 17:00"', () => {
    expect(atOf('Date limite : 15 janvier 2027 à 12 h 00', 'France')?.at).toBe('2027-01-15T11:00:00.000Z');
    expect(atOf('Il bando scade alle ore 12 del 20 febbraio 2027.', 'Italy')?.at).toBe('2027-02-20T11:00:00.000Z');
    expect(atOf('Son başvuru tarihi: 8 Ocak 2027, saat 17:00', 'Türkiye')?.at).toBe('2027-01-08T14:00:00.000Z');
    expect(atOf('Son başvuru tarihi: 8 Ocak 2027 saat 17.00 (Türkiye saati)')?.at).toBe('2027-01-08T14:00:00.000Z');
  });

  it('reads a time between the closing words and the date, and the zone after the date', () => {
    const it1 = atOf('Le domande devono pervenire entro le 23.59 del 10 marzo 2027 (ora italiana).');
    expect(it1).toMatchObject({ date: '2027-03-10', at: '2027-03-10T22:59:00.000Z' });
    const en = atOf('Applications must be sent by 5 pm on 14 February 2027 (UK time).');
    expect(en).toMatchObject({ date: '2027-02-14', at: '2027-02-14T17:00:00.000Z' });
    const es = atOf('Las solicitudes se presentan hasta las 14:00 del 15 de enero de 2027 (hora peninsular).');
    expect(es).toMatchObject({ date: '2027-01-15', at: '2027-01-15T13:00:00.000Z' });
  });

  it('reads no time from hours of work or a count after "ore"', () => {
    expect(atOf('Deadline: 3 March 2027, 2 h 30 min per week')?.at).toBeUndefined();
    expect(atOf('Scadenza: 3 marzo 2027, ore 20 settimanali', 'Italy')?.at).toBeUndefined();
    expect(atOf('Scadenza: 3 marzo 2027, ore 12 (ora italiana)')?.at).toBe('2027-03-03T11:00:00.000Z');
  });
});

describe('a bare time in the zone of the posting’s place', () => {
  const deadlineOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings[0]?.deadline;

  it('takes the zone of the city or site the posting is at, though it names no country', () => {
    const de = deadlineOf(
      'Doktorand (m/w/d) Kernphysik\nArbeitsort: Darmstadt\n\nBewerbungsschluss: 31. Januar 2027, 17 Uhr\n',
    );
    expect(de).toMatchObject({ date: '2027-01-31', at: '2027-01-31T16:00:00.000Z' });
    const it2 = deadlineOf('Assegno di ricerca\nSede: Milano\n\nScadenza: 20 febbraio 2027, ore 12:00\n');
    expect(it2).toMatchObject({ date: '2027-02-20', at: '2027-02-20T11:00:00.000Z' });
    const tr = deadlineOf('Araştırma Görevlisi\nŞehir: Ankara\n\nSon başvuru tarihi: 8 Ocak 2027, saat 17:00\n');
    expect(tr).toMatchObject({ date: '2027-01-08', at: '2027-01-08T14:00:00.000Z' });
  });

  it('takes no instant where nothing says where the posting is', () => {
    const none = deadlineOf('Research Engineer\n\nDeadline: 31 January 2027, 17:00\n');
    expect(none).toMatchObject({ date: '2027-01-31' });
    expect(none?.at).toBeUndefined();
  });
});
