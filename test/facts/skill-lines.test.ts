import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/corpus/role.ts';
import { judgeSkillLine, sentencesOf } from '../../src/facts/skill-lines.ts';
import { skillVocabulary, tokenize } from '../../src/facts/vocab.ts';
import { entry } from './entry.ts';

const judge = (t: string, section: Parameters<typeof entry>[1] = {}) => {
  const e = entry(t, section);
  return judgeSkillLine(e, skillVocabulary.find(t));
};

describe('skills asked in prose', () => {
  it('reads a requirement sentence outside a requirements section', () => {
    expect(judge('Experience with MPI and OpenMP is expected.').required?.skills).toEqual(['MPI', 'OpenMP']);
    expect(judge('Candidates must know Python well.').required?.skills).toEqual(['Python']);
  });
  it('keeps desired skills apart, sentence by sentence', () => {
    const r = judge('Good knowledge of English is needed. Any knowledge of French is considered a plus.');
    expect(r.required?.skills).toEqual(['English']);
    expect(r.desired?.skills).toEqual(['French']);
    expect(r.desired?.text).toBe('Any knowledge of French is considered a plus.');
    expect(judge('Familiarity with Kubernetes would be a plus.').desired?.skills).toEqual(['Kubernetes']);
    expect(judge('Familiarity with Kubernetes would be a plus.').required).toBeNull();
  });
  it('takes a spoken language only when a command of it is asked', () => {
    expect(judge('You are proficient in English and willing to learn German.').required?.skills).toEqual(['English']);
    expect(judge('Fluent English required.').required?.skills).toEqual(['English']);
    expect(judge('English is the working language; experience with Python is needed.').required?.skills).toEqual([
      'Python',
    ]);
  });
  it('reads high-performance computing as HPC', () => {
    expect(judge('Candidates must have knowledge of high-performance computing.').required?.skills).toEqual(['HPC']);
  });
  it('takes no duty list item for a requirement', () => {
    expect(judge('Optimise codes using MPI and CUDA', { section: 'duties', kind: 'item' }).required).toBeNull();
  });
});

// The line's tokens read sentence by sentence (the parse's path) against each sentence
// tokenized again (the reference).
describe('skills of a sentence from the line tokens', () => {
  const SPLIT = /(?<=[.!?;])\s+(?=[A-Z(])/;
  const piece = fc.constantFrom(
    'Python',
    'C++',
    'Go',
    'go to',
    'Go to',
    'Node.js',
    'CI/CD',
    'Machine learning',
    'machine',
    'learning',
    'English',
    'is a plus',
    'required',
    'must know',
    'and',
    '.',
    '. ',
    '; ',
    '! ',
    '? (',
    ' ',
    '  ',
    'X',
    'Ü',
    'e.g. ',
  );
  const line = fc.array(piece, { maxLength: 30, size: 'medium' }).map((p) => p.join(''));

  it('splits a line into the sentences String.split gives, with their places', () => {
    fc.assert(
      fc.property(line, (t) => {
        const got = sentencesOf(t);
        expect(got.map((s) => s.text)).toEqual(t.split(SPLIT));
        for (const s of got) expect(t.slice(s.from, s.to)).toBe(s.text);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds in a sentence of the line what the sentence alone names', () => {
    fc.assert(
      fc.property(line, (t) => {
        const tk = tokenize(t);
        for (const s of sentencesOf(t))
          expect(skillVocabulary.findIn(tk, s.from, s.to)).toEqual(skillVocabulary.find(s.text));
      }),
      { numRuns: 1000 },
    );
  });

  it('judges a line the same with or without its tokens', () => {
    fc.assert(
      fc.property(line, fc.constantFrom('none', 'description', 'duties'), (t, section) => {
        const e = entry(t, { section: section as Entry['section'] });
        const found = skillVocabulary.find(t);
        expect(judgeSkillLine(e, found, tokenize(t))).toEqual(judgeSkillLine(e, found));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('skills asked in other languages and under a requirement label', () => {
  it('reads asking and wishing words in German, French, Italian and Spanish', () => {
    expect(judge('Sehr gute Kenntnisse in Python und C++ werden vorausgesetzt.').required?.skills).toEqual([
      'Python',
      'C++',
    ]);
    expect(judge('Programmierkenntnisse in Python sind erwünscht.').desired?.skills).toEqual(['Python']);
    expect(judge('Programmierkenntnisse in Python sind erwünscht.').required).toBeNull();
    expect(judge('Une bonne maîtrise de Python est requise.').required?.skills).toEqual(['Python']);
    expect(judge('La connaissance de Geant4 serait un plus.').desired?.skills).toEqual(['Geant4']);
    expect(judge('È richiesta esperienza con C++.').required?.skills).toEqual(['C++']);
    expect(judge('Se valorará experiencia con Kubernetes.').desired?.skills).toEqual(['Kubernetes']);
  });
  it('takes what a requirements label names as asked, clause by clause', () => {
    const label = (t: string, name: string) => judge(t, { kind: 'label', section: 'required', label: name });
    const r = label('Skills: experience with C++ and Python; knowledge of FPGA firmware is an asset.', 'Skills');
    expect(r.required?.skills).toEqual(['C++', 'Python']);
    expect(r.desired?.skills).toEqual(['FPGA']);
    expect(label('Requirements: PhD in physics; strong Python.', 'Requirements').required?.skills).toEqual(['Python']);
    expect(label('Qualifications: a PhD in physics, Linux and Go.', 'Qualifications').required?.skills).toEqual([
      'Linux',
      'Go',
    ]);
  });
  it('reads nothing asked from a label that is not a requirement', () => {
    expect(
      judge('Research field: Python tooling', { kind: 'label', section: 'description', label: 'Research field' }),
    ).toEqual({ required: null, desired: null });
  });
});
