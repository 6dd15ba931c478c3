// "Which closes first, the muon or the neutrino one?": several postings named apart with a
// comparison word are each resolved and compared on the fact asked, each quoted; and "everything",
// "tout", "alles" ask for the whole set.
import { describe, expect, it } from 'vitest';
import { askerOfTexts, type JsonReply } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'muon.txt': `Research Engineer for the Muon Spectrometer

Location: Geneva
Salary: CHF 7,000 per month
Deadline: 15 March 2027
`,
  'neutrino.txt': `Postdoctoral Fellow in Neutrino Oscillations

Location: Hamburg
Salary: EUR 4,000 per month
Closing date: 20 February 2027
`,
  'radio.txt': `Summer Intern in Radio Astronomy

Location: Bonn
Salary: EUR 1,500 per month
Closing date: 28 February 2027
`,
};

const { ask } = askerOfTexts(POSTINGS);
const files = (r: JsonReply) => r.postings.map((p) => p.source.file);

describe('comparing named postings', () => {
  it.each([
    'which closes first, the muon or the neutrino one?',
    'does the muon job or the neutrino one close earlier?',
    'which deadline is sooner: neutrino or muon?',
    'lequel ferme en premier, le poste muon ou le poste neutrino ?',
    'welche Stelle schließt früher, Muon oder Neutrino?',
    'quale scade prima, il posto muon o quello neutrino?',
    '¿cuál cierra antes, el puesto muon o el de neutrino?',
  ])('"%s" puts the earlier deadline first, quoting both', (q) => {
    const r = ask(q);
    expect(files(r)).toEqual(['neutrino.txt', 'muon.txt']);
    expect(r.text).toMatch(/Neutrino Oscillations" closes first/);
    expect(r.text).toContain('"Closing date: 20 February 2027" (line 5)');
    expect(r.text).toContain('"Deadline: 15 March 2027" (line 5)');
  });

  it('"closes last" puts the later deadline first', () => {
    expect(files(ask('which of the muon and the neutrino jobs closes later?'))).toEqual(['muon.txt', 'neutrino.txt']);
  });

  it.each([
    'which pays more, the radio or the neutrino job?',
    'does the radio internship pay more than the neutrino one?',
  ])('"%s" compares pay in one currency', (q) => {
    const r = ask(q);
    expect(files(r)).toEqual(['neutrino.txt', 'radio.txt']);
    expect(r.text).toMatch(/Neutrino Oscillations" pays more/);
  });

  it('does not rank pay in two currencies', () => {
    const r = ask('which pays more, the muon or the neutrino job?');
    expect(r.text).toMatch(/different currencies/);
    expect(r.text).not.toMatch(/pays more:/);
    expect(r.text).toContain('CHF 7,000');
  });

  it('says which name matches nothing rather than guessing', () => {
    const r = ask('does the muon job or the gravitational one close earlier?');
    expect(r.text).toMatch(/no posting matches 'gravitational'/);
    expect(r.text).not.toMatch(/closes first/);
  });

  it('leaves a question about one posting alone', () => {
    expect(files(ask('when does the muon job close?'))).toEqual(['muon.txt']);
  });
});

describe('the whole set', () => {
  it.each([
    "show me everything that's still open",
    'montre-moi tout ce qui est encore ouvert',
    'zeig mir alles, was noch offen ist',
    'mostrami tutto quello che è ancora aperto',
    'muéstrame todo lo que sigue abierto',
  ])('"%s" lists every open posting', (q) => {
    expect(files(ask(q)).sort()).toEqual(['muon.txt', 'neutrino.txt', 'radio.txt']);
  });

  it('"everything about the muon job" stays about that posting', () => {
    expect(files(ask('show me everything about the muon job'))).toEqual(['muon.txt']);
  });
});

describe('eligibility asked without a cue word', () => {
  const CRITERIA: Record<string, string> = {
    'beamline.txt': `Beamline Scientist for the Photon Source

Eligibility: applicants must be nationals of a CERN Member State.
Applicants must be affiliated to an ATLAS institute.
`,
  };
  const { ask: judge } = askerOfTexts(CRITERIA, { userId: 'U2' });

  it.each([
    "I'm Portuguese, 27, master's 2024. Beamline job?",
    'I am Portuguese with a master from 2024. What about the beamline scientist?',
  ])('"%s" judges the asker against the posting', (q) => {
    const r = judge(q);
    expect(r.eligibility).toBeDefined();
    expect(r.eligibility?.criteria.some((c) => c.status === 'met' && /Portugal/.test(c.why))).toBe(true);
  });

  it.each([
    'can a person who is not in ATLAS apply for the beamline job?',
    'could someone who is not in ATLAS apply to the beamline scientist post?',
  ])('"%s" judges a hypothetical asker', (q) => {
    const r = judge(q);
    expect(r.eligibility?.verdict).toBe('not_eligible');
    expect(r.eligibility?.criteria.some((c) => c.status === 'not_met' && /ATLAS/.test(c.text))).toBe(true);
  });

  it('a posting named without facts or a question still shows its card', () => {
    expect(judge('beamline job').eligibility).toBeUndefined();
  });
});

describe('contract lengths compared by the comparison word alone', () => {
  const LENGTHS: Record<string, string> = {
    'cryostat.txt': `Cryostat Engineer

Contract: 30 months.
Deadline: 1 April 2027
`,
    'optics-lab.txt': `Laser Optics Researcher

Duration of the appointment: 18 months.
Deadline: 8 April 2027
`,
  };
  const { ask: lengths } = askerOfTexts(LENGTHS);

  it.each([
    'which contract is longer: cryostat or laser optics?',
    'which is longer, the laser optics or the cryostat contract?',
    'quel contrat est plus long, cryostat ou laser optics ?',
    'welcher Vertrag ist länger, Cryostat oder Laser Optics?',
  ])('"%s" puts the longer contract first', (q) => {
    const r = lengths(q);
    expect(files(r)).toEqual(['cryostat.txt', 'optics-lab.txt']);
    expect(r.text).toMatch(/"Cryostat Engineer" has the longer contract: 30 months, against 18 months/);
  });

  it('"shorter" puts the shorter one first', () => {
    expect(files(lengths('which has the shorter contract, cryostat or laser optics?'))).toEqual([
      'optics-lab.txt',
      'cryostat.txt',
    ]);
  });
});
