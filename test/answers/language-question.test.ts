// "Is English enough?", "do I need to speak German?", "français obligatoire ?", "reicht
// Englisch?": the languages a posting asks for, quoted, and whether the one asked will do alone.
// "I'm French" stays a nationality.
import { describe, expect, it } from 'vitest';
import { askerOfTexts } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'magnet-english.txt': `Magnet Test Engineer

Location: Geneva, Switzerland
Deadline: 10 February 2027

Requirements:
- A master's degree in engineering.
- Fluent English, spoken and written.
`,
  'cryostat-german.txt': `Cryostat Design Engineer

Location: Karlsruhe, Germany
Deadline: 12 February 2027

Requirements:
- A degree in mechanical engineering.
- Good English.
- Fluent German is required for the work with our workshop.
`,
  'beamtime-silent.txt': `Beamtime Coordinator

Location: Grenoble, France
Deadline: 14 February 2027

Requirements:
- Experience in scheduling and user support.
- Confidence enough to lead a small team of operators.
`,
};

const { ask, converse } = askerOfTexts(POSTINGS, { now: '2027-01-10' });

describe('the language a posting asks for', () => {
  it.each([
    'is English enough for the magnet test engineer job?',
    'magnet test engineer: only english ok?',
    'reicht Englisch für die Magnet-Test-Engineer-Stelle?',
    "l'anglais suffit pour le poste magnet test engineer ?",
    "basta l'inglese per il magnet test engineer?",
  ])('"%s": English is required and enough', (q) => {
    const r = ask(q);
    expect(r.postings[0]?.source.file).toBe('magnet-english.txt');
    expect(r.text).toMatch(/requires English: "Fluent English, spoken and written\." \(line 8\)/);
    expect(r.text).toMatch(/English is enough as far as the posting says/);
  });

  it.each([
    'is English enough for the cryostat design job?',
    '¿es suficiente el inglés para el puesto cryostat design?',
  ])('"%s": English alone is not enough where German is required', (q) => {
    const r = ask(q);
    expect(r.postings[0]?.source.file).toBe('cryostat-german.txt');
    expect(r.text).toMatch(/English alone is not enough: it also requires German: "Fluent German is required/);
  });

  it.each([
    'do I need to speak German for the cryostat design engineer?',
    'Deutschkenntnisse nötig für die Cryostat-Design-Stelle?',
    'allemand obligatoire pour le poste cryostat design ?',
    'serve il tedesco per il cryostat design engineer?',
  ])('"%s" says German is required, quoted', (q) => {
    const r = ask(q);
    expect(r.postings[0]?.source.file).toBe('cryostat-german.txt');
    expect(r.text).toMatch(/requires German: "Fluent German is required for the work with our workshop\." \(line 9\)/);
  });

  it('"français obligatoire ?" on a posting that names no language says it does not ask for it', () => {
    const r = ask('français obligatoire pour le poste beamtime coordinator ?');
    expect(r.postings[0]?.source.file).toBe('beamtime-silent.txt');
    expect(r.text).toMatch(/does not ask for French/);
    expect(r.text).toMatch(/asks for no other language/);
  });

  it.each(['is english enough?', 'english sufficient?'])(
    '"%s" asks the conversation\'s posting, not one that says "enough"',
    (q) => {
      const r = converse(['show the cryostat design engineer', q]);
      expect(r.postings[0]?.source.file).toBe('cryostat-german.txt');
      expect(r.text).toMatch(/English alone is not enough/);
    },
  );

  it('asks about the posting the conversation is about', () => {
    const r = converse(['deadline for the cryostat design engineer?', 'and is english enough?']);
    expect(r.postings[0]?.source.file).toBe('cryostat-german.txt');
    expect(r.text).toMatch(/English alone is not enough/);
  });

  it.each(["c'è bisogno del tedesco?", 'braucht man Deutsch?', 'faut-il parler allemand ?'])(
    '"%s" in a conversation asks its posting',
    (q) => {
      const r = converse(['show the cryostat design engineer', q]);
      expect(r.postings[0]?.source.file).toBe('cryostat-german.txt');
      expect(r.text).toMatch(/requires German/);
    },
  );

  it.each([
    'I speak English and French, am I eligible for the magnet test engineer job?',
    'je parle anglais, puis-je postuler au poste magnet test engineer ?',
  ])('"%s": the languages the asker speaks are theirs, the question is eligibility', (q) => {
    expect(ask(q).eligibility).toBeDefined();
  });

  it('"hablo inglés, ¿necesito alemán?" asks about German', () => {
    const r = ask('hablo inglés, ¿necesito alemán para el puesto cryostat design?');
    expect(r.postings[0]?.source.file).toBe('cryostat-german.txt');
    expect(r.text).toMatch(/requires German/);
  });

  it('"I\'m French" is a nationality, not a language asked about', () => {
    const r = ask("I'm French, can I apply for the magnet test engineer job?");
    expect(r.eligibility).toBeDefined();
    expect(r.text).not.toMatch(/does not ask for French/);
  });
});

describe('a language asked of several postings', () => {
  const files = (q: string) =>
    ask(q)
      .postings.map((p) => p.source.file)
      .sort();

  it.each(['which jobs need german?', "quels postes exigent l'allemand ?", 'welche Stellen: Deutsch nötig?'])(
    '"%s" lists the postings that ask for it, typed any way',
    (q) => {
      expect(files(q)).toEqual(['cryostat-german.txt']);
    },
  );

  it.each(['which jobs are ok with english only?', 'jobs where english is enough?'])(
    '"%s" leaves out those that require another language',
    (q) => {
      expect(files(q)).toEqual(['beamtime-silent.txt', 'magnet-english.txt']);
    },
  );
});
