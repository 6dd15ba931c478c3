import { describe, expect, it } from 'vitest';
import { createBrain } from '../../src/answers/brain.ts';
import { parseFile } from '../../src/corpus/parse-file.ts';
import type { Entry } from '../../src/corpus/role.ts';
import { extractPayScale } from '../../src/facts/pay-scale.ts';
import { entry } from './entry.ts';

const e = entry;
const scale = (text: string, extra: Partial<Entry> = {}) => extractPayScale([e(text, extra)])?.text ?? null;

describe('a pay scale named instead of an amount', () => {
  it('reads the German tariff agreements with their pay groups', () => {
    for (const t of [
      'Vergütung nach Entgeltgruppe 13 TV-L',
      'Salary according to pay grade E 13 TV-L.',
      'Die Vergütung erfolgt nach TVöD-Bund.',
      'Salary according to TVöD (Bund), pay group E13, plus the usual social benefits.',
      'Eingruppierung: EG 13 TV-H',
    ])
      expect(scale(t), t).toBe(t);
  });

  it('reads a pay group, a professorship grade and a General Schedule grade', () => {
    expect(scale('Vergütung: E 13', { kind: 'label', label: 'Vergütung' })).toBe('Vergütung: E 13');
    expect(scale('Die W2-Professur ist zum Wintersemester 2027/28 zu besetzen.')).not.toBeNull();
    expect(scale('Assistant Professorship (W1, tenure track to W2)')).not.toBeNull();
    expect(scale('GS 12 - 13')).toBe('GS 12 - 13');
    expect(scale('Salary: UKRI pay band D')).toBe('Salary: UKRI pay band D');
  });

  it('reads no grade without pay, nor an experiment or a school grade', () => {
    for (const t of [
      'Experience with the E 13 beamline is an asset.',
      'A final grade 2 or better in your master degree.',
      'The W2 boson mass measurement at the LHC.',
      'The band 5 receivers of ALMA are built in Sweden.',
      'Participation in the GS 12 survey telescope commissioning.',
    ])
      expect(scale(t), t).toBeNull();
  });

  it('is the salary answer and the card row where no amount is stated', () => {
    const text =
      'Wissenschaftliche*r Mitarbeiter*in (m/w/d) Detektorphysik\n\nArbeitsort: Hamburg\nVergütung nach Entgeltgruppe 13 TV-L\nBewerbungsschluss: 31.01.2027\n';
    const p = parseFile('stelle.txt', Buffer.from(text)).postings[0];
    expect(p?.salary).toBeNull();
    expect(p?.payScale).toMatchObject({ text: 'Vergütung nach Entgeltgruppe 13 TV-L', line: 4 });
    const brain = createBrain(p ? [p] : [], { timeZone: 'Europe/Zurich' });
    const now = new Date('2026-12-01T12:00:00Z');
    expect(brain.answer('how much does the Detektorphysik job pay?', { now, userId: 'u' }).text).toMatch(
      /no amount, only its pay scale: "Vergütung nach Entgeltgruppe 13 TV-L"/,
    );
    expect(brain.answer('show Detektorphysik', { now, userId: 'u' }).text).toMatch(
      /pay scale "Vergütung nach Entgeltgruppe 13 TV-L" \(line 4\)/,
    );
  });

  it('is left out where an amount is stated', () => {
    const text = 'Postdoc in Detector Physics\n\nSalary: E 13 TV-L, about EUR 4,300 gross per month\n';
    const p = parseFile('postdoc.txt', Buffer.from(text)).postings[0];
    expect(p?.salary?.min).toBe(4300);
    expect(p?.payScale).toBeNull();
  });
});
