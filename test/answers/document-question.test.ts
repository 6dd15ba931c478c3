// One document asked of a posting ("do they want reference letters?", "lettre de motivation
// nécessaire ?", "brauche ich Empfehlungsschreiben?"): quoted when the posting asks for it; else
// the documents it does ask for, and that one not among them; never "I don't know".
import { describe, expect, it } from 'vitest';
import { askerOfTexts } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'optics-docs.txt': `Optics Alignment Engineer

Location: Geneva, Switzerland
Deadline: 10 February 2027

Application documents:
- a CV
- a cover letter
- copies of your diplomas

Contact: Mia Berg, mia.berg@example.org
`,
  'theory-refs.txt': `Postdoc in Lattice Field Theory

Location: Bern, Switzerland
Deadline: 12 February 2027

Application documents:
- a CV with a publication list
- three letters of recommendation
`,
  'shift-none.txt': `Control Room Shift Coordinator

Location: Hamburg, Germany
Deadline: 14 February 2027

Duties: organise the shifts of the control room.
`,
};

const { ask, converse } = askerOfTexts(POSTINGS, { now: '2027-01-10' });

describe('a document asked of a posting', () => {
  it.each([
    'do they want reference letters for the optics alignment job?',
    'optics alignment engineer: letters of recommendation needed?',
    'faut-il des lettres de recommandation pour le poste optics alignment ?',
    'brauche ich Empfehlungsschreiben für die Optics-Alignment-Stelle?',
    'servono lettere di referenza per optics alignment engineer?',
    '¿piden cartas de recomendación para el puesto optics alignment?',
  ])('"%s": the documents it asks for, and reference letters not among them', (q) => {
    const r = ask(q);
    expect(r.postings[0]?.source.file).toBe('optics-docs.txt');
    expect(r.text).toMatch(/asks for these documents, and reference letters are not among them/);
    expect(r.text).toMatch(/"a cover letter" \(line 8\)/);
    expect(r.text).toMatch(/mia\.berg@example\.org/);
    expect(r.text).not.toMatch(/I don't know|cannot tell/i);
  });

  it.each([
    'do I need reference letters for the lattice field theory postdoc?',
    'lattice field theory postdoc - references?',
  ])('"%s": yes, quoted with its line', (q) => {
    const r = ask(q);
    expect(r.postings[0]?.source.file).toBe('theory-refs.txt');
    expect(r.text).toMatch(/Yes, "Postdoc in Lattice Field Theory" asks for reference letters/);
    expect(r.text).toMatch(/"three letters of recommendation" \(line 8\)/);
  });

  it('a cover letter it asks for is quoted', () => {
    const r = ask('is a motivation letter needed for the optics alignment engineer?');
    expect(r.text).toMatch(/Yes, .* asks for a cover letter/);
  });

  it('a posting that lists no documents says so', () => {
    const r = ask('do they want a cover letter for the control room shift coordinator?');
    expect(r.postings[0]?.source.file).toBe('shift-none.txt');
    expect(r.text).toMatch(/lists no documents to send and does not mention a cover letter/);
  });

  it('follows the conversation', () => {
    const r = converse(['deadline for the lattice field theory postdoc?', 'and do they want a cover letter?']);
    expect(r.postings[0]?.source.file).toBe('theory-refs.txt');
    expect(r.text).toMatch(/a cover letter is not among them/);
  });
});

describe('a document asked of several postings', () => {
  it.each(['jobs that want reference letters?', 'which positions ask for letters of recommendation?'])(
    '"%s" lists those that ask for it, quoted',
    (q) => {
      const r = ask(q);
      expect(r.postings.map((p) => p.source.file)).toEqual(['theory-refs.txt']);
      expect(r.text).toMatch(/three letters of recommendation" \(line 8\)/);
    },
  );
});
