import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const parse = (file: string, text: string) => parseFile(file, Buffer.from(text)).postings;
const facts = (ps: ReturnType<typeof parse>) =>
  ps.map((p) => ({ title: p.title, deadline: p.deadline?.date ?? null, degree: p.degree }));

describe('roles under numbered headers', () => {
  it('gives a posting per header, in English, French and German', () => {
    const en = `Two positions at the Rutherford Appleton Laboratory

Position 1: Detector Engineer
Applicants must hold a bachelor's degree in electronic engineering.
Closing date: 10 January 2027

Position 2: Data Scientist
Applicants must hold a PhD in physics.
Closing date: 24 January 2027
`;
    expect(facts(parse('two.txt', en))).toEqual([
      { title: 'Detector Engineer', deadline: '2027-01-10', degree: 'bachelor' },
      { title: 'Data Scientist', deadline: '2027-01-24', degree: 'phd' },
    ]);
    const fr = `Le laboratoire ouvre deux postes

Poste 1 : Ingénieur en électronique
Le candidat doit être titulaire d'un Master 2.
Date limite de candidature : 10 janvier 2027

Poste 2 : Chercheur en cosmologie
Le candidat doit être titulaire d'un doctorat.
Date limite de candidature : 24 janvier 2027
`;
    expect(facts(parse('deux.txt', fr)).map((f) => f.title)).toEqual([
      'Ingénieur en électronique',
      'Chercheur en cosmologie',
    ]);
    const de = `Wir besetzen zwei Stellen

Stelle Nr. 1: Doktorand (m/w/d) Detektorphysik
Bewerbungsschluss: 10.01.2027

Stelle Nr. 2: Postdoc (m/w/d) Quantensensorik
Bewerbungsschluss: 24.01.2027
`;
    expect(facts(parse('zwei.txt', de))).toEqual([
      { title: 'Doktorand (m/w/d) Detektorphysik', deadline: '2027-01-10', degree: null },
      { title: 'Postdoc (m/w/d) Quantensensorik', deadline: '2027-01-24', degree: null },
    ]);
  });

  it('does not split numbers out of order, a single header or a file that announces one role', () => {
    const outOfOrder = `Two positions at the lab

Position 2: Detector Engineer
Closing date: 10 January 2027

Position 1: Data Scientist
Closing date: 24 January 2027
`;
    expect(parse('o.txt', outOfOrder)).toHaveLength(1);
    const one = 'Detector Engineer\n\nPosition 1: the detector group\nPosition 2: the data group\n\nText.\n';
    expect(parse('one.txt', one)).toHaveLength(1);
  });
});
