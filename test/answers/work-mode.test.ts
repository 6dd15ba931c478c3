// "Is it remote?", "can I work from home?", "télétravail possible ?", "Homeoffice?": what a
// posting says of where the work is done (remote, hybrid, on-site words in its text, quoted), or
// that it says nothing of it, with its location nearby. Read at answer time from the text.
import { describe, expect, it } from 'vitest';
import { askerOfTexts } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'beamline-hybrid.txt': `Beamline Controls Engineer

Location: Villigen, Switzerland
Deadline: 10 February 2027

Hybrid working is possible: up to two days a week from home after the first six months.
Contact: Jana Novak, jana.novak@example.org
`,
  'tracker-onsite.txt': `Silicon Tracker Technician

Location: Padova, Italy
Deadline: 12 February 2027

This is an on-site role in the clean room; the work cannot be done remotely.
`,
  'calorimeter-silent.txt': `Calorimeter Physicist

Location: Orsay, France
Deadline: 14 February 2027

Duties: calibrate the calorimeter and write the reconstruction software.
Contact: Paul Martin, paul.martin@example.org
`,
  'long-line.txt': `Mission Planning Software Developer

Location: Lisbon, Portugal
Deadline: 16 February 2027

The contract is funded by the national space agency for one year with two more years secured, and the appointment is with the university, although remote work is possible for those who cannot move.
`,
  'grid-telework.txt': `Ingénieur grille de calcul

Lieu : Lyon, France
Date limite : 20 février 2027

Le télétravail est possible deux jours par semaine.
`,
};

const { ask, converse } = askerOfTexts(POSTINGS, { now: '2027-01-10' });

describe('where the work is done', () => {
  it.each([
    'is the beamline controls job remote?',
    'can I work from home for the beamline controls engineer?',
    'beamline controls: hybrid?',
    'télétravail possible pour le poste beamline controls ?',
    'Homeoffice bei der Beamline-Controls-Stelle?',
    'beamline controls engineer, lavoro da remoto?',
    'can i wrk from home for teh beamline controls engineer',
    '¿se puede hacer teletrabajo en el puesto beamline controls?',
  ])('"%s" quotes what the posting says of it', (q) => {
    const r = ask(q);
    expect(r.postings[0]?.source.file).toBe('beamline-hybrid.txt');
    expect(r.text).toMatch(/Hybrid working is possible/);
    expect(r.text).toMatch(/beamline-hybrid\.txt/);
  });

  it('quotes a line once when two of its facts hold it', () => {
    const r = ask('is the beamline controls job remote?');
    expect(r.text.match(/Hybrid working is possible/g)).toHaveLength(1);
  });

  it('quotes an on-site statement for a question about remote work', () => {
    const r = ask('is the silicon tracker technician job remote?');
    expect(r.postings[0]?.source.file).toBe('tracker-onsite.txt');
    expect(r.text).toMatch(/on-site role in the clean room/);
  });

  it('quotes the part of a long line around its mention', () => {
    const r = ask('is the mission planning software developer job remote?');
    expect(r.postings[0]?.source.file).toBe('long-line.txt');
    expect(r.text).toMatch(/"….*remote work is possible for those who cannot move\."/);
  });

  it('reads the French word in a French posting', () => {
    const r = ask('remote work for the grille de calcul job?');
    expect(r.postings[0]?.source.file).toBe('grid-telework.txt');
    expect(r.text).toMatch(/télétravail est possible/);
  });

  it('says the posting does not say, with where it is based (line) and whom to ask', () => {
    const r = ask('can I work remotely on the calorimeter physicist job?');
    expect(r.postings[0]?.source.file).toBe('calorimeter-silent.txt');
    expect(r.text).toMatch(/does not mention remote, hybrid or on-site work/);
    expect(r.text).toMatch(/Orsay, France" \(line 3\)/);
    expect(r.text).toMatch(/paul\.martin@example\.org/);
  });

  it('answers a follow-up about the posting the conversation is about', () => {
    for (const next of ['hybrid?', 'and working from home?', 'Homeoffice möglich?']) {
      const r = converse(['deadline for the beamline controls engineer?', next]);
      expect(r.postings[0]?.source.file).toBe('beamline-hybrid.txt');
      expect(r.text).toMatch(/Hybrid working is possible/);
    }
  });

  it.each([
    'which jobs mention remote work?',
    'any remote jobs?',
    'Jobs mit Homeoffice?',
    'postes en télétravail ?',
    'trabajos remotos?',
  ])('"%s" lists the postings that speak of it', (q) => {
    const files = ask(q)
      .postings.map((p) => p.source.file)
      .sort();
    expect(files).toEqual(['beamline-hybrid.txt', 'grid-telework.txt', 'long-line.txt', 'tracker-onsite.txt']);
  });
});
