// Questions as people ask them, over postings of our own (test/fixtures/intents): which jobs need
// a degree (requires / accepts / excludes apart), which are at an organisation, what a posting
// does not state, deadlines by calendar month, file names, command typos, and the same questions
// in French, German, Italian and Spanish.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Brain, createBrain } from '../../src/answers/brain.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { asJson, at, type JsonReply, root } from './helpers.ts';

let brain: Brain;
beforeAll(async () => {
  const { postings } = await loadCorpus(`${root}test/fixtures/intents`);
  // The lattice postdoc mentions CERN but is DESY's, as its front matter says.
  const own = postings.map((p) => (p.source.file.startsWith('lattice') ? { ...p, organisation: 'DESY' } : p));
  brain = createBrain(own, { timeZone: 'Europe/Zurich' });
});

const LATTICE = 'lattice-postdoc';
const DETECTOR = 'detector-engineer';
const GRADUATE = 'software-graduate';
const STUDENT = 'phd-studentship';

function ask(text: string, now = '2026-12-01'): JsonReply {
  return asJson(brain.answer(text, { now: at(now), userId: 'U1' }));
}
const files = (r: JsonReply) => r.postings.map((p) => p.source.file.replace(/\.md$/, ''));

describe('which jobs need a degree', () => {
  it.each([
    'which jobs need a PhD?',
    'which positions require a PhD',
    'what jobs ask for a doctorate?',
    'quels postes exigent un doctorat ?',
    'welche Stellen verlangen eine Promotion?',
    'quali posizioni richiedono un dottorato?',
    '¿qué puestos requieren un doctorado?',
  ])('"%s" lists the posts that require it, not those that accept or exclude it', (q) => {
    const r = ask(q);
    expect(files(r)).toEqual([LATTICE]);
    expect(r.text).toMatch(/You hold a PhD in theoretical physics/);
    expect(r.text).toMatch(/Not listed:/);
    expect(r.text).toMatch(/one option or a plus[^.]*Detector Electronics/);
    expect(r.text).toMatch(/cannot apply to[^.]*Graduate Software Developer/);
  });

  it('lists those that do not require it when asked without', () => {
    const r = ask('which jobs can I do without a PhD?');
    expect(files(r)).not.toContain(LATTICE);
    expect(files(r)).toEqual(expect.arrayContaining([DETECTOR, GRADUATE, STUDENT]));
  });

  it("a master's is required by the posts that name it alone", () => {
    const r = ask("which jobs need a master's degree?");
    expect(files(r)).toContain(STUDENT);
    expect(files(r)).not.toContain(LATTICE);
  });
});

describe('postings of an organisation', () => {
  it.each([
    'which jobs are at CERN?',
    'list the CERN positions',
    'quels postes au CERN ?',
    'welche Stellen gibt es am CERN?',
  ])('"%s" keeps postings of CERN, not those that only mention it', (q) => {
    const r = ask(q);
    expect(files(r)).toEqual([DETECTOR]);
  });
});

describe('what a posting does not state', () => {
  it.each([
    ['does the lattice QCD postdoc sponsor visas?', /does not mention visas/],
    ['is there an age limit for the detector electronics job?', /does not mention an age limit/],
    ['will the controls developer job help with my work permit?', /does not mention visas/],
    ['le poste d’ingénieur électronique aide-t-il pour le visa ?', /does not mention visas/],
    ['gibt es eine Altersgrenze für die Stelle in Villigen?', /does not mention an age limit/],
  ])('"%s" says the posting does not say, and quotes what it says nearby', (q, says) => {
    const r = ask(q);
    expect(r.postings).toHaveLength(1);
    expect(r.text).toMatch(says);
    expect(r.text).toMatch(/What it does say nearby/);
    expect(r.text).toMatch(/Ask its contact/);
  });

  it('quotes the lines that do speak of the topic', () => {
    const r = ask('is there a relocation package for the lattice postdoc?');
    expect(r.text).toMatch(/We cover moving costs/);
    expect(r.text).not.toMatch(/does not mention/);
    const housing = ask('do they help with housing at the Zeuthen postdoc?');
    expect(housing.text).toMatch(/help you find housing/);
  });
});

describe('deadlines by calendar month', () => {
  it('this month is today to the end of the month, next month the whole next one', () => {
    expect(files(ask('what closes this month?', '2027-01-05'))).toEqual([GRADUATE]);
    expect(files(ask('what closes next month?', '2027-01-05'))).toEqual([DETECTOR]);
    expect(files(ask('any deadlines next month?', '2027-02-25'))).toEqual([LATTICE]);
    expect(files(ask('deadlines next month', '2027-02-25'))).toEqual([LATTICE]);
  });

  it.each([
    ['quelles dates limites le mois prochain ?', '2027-02-25'],
    ['welche Fristen gibt es nächsten Monat?', '2027-02-25'],
    ['scadenze il mese prossimo', '2027-02-25'],
    ['¿qué plazos hay el mes que viene?', '2027-02-25'],
  ])('"%s" too', (q, now) => {
    expect(files(ask(q, now))).toEqual([LATTICE]);
  });

  it('open in a month lists what is open then', () => {
    const r = ask('which positions are open in March 2027?');
    expect(files(r)).toEqual(expect.arrayContaining([LATTICE, STUDENT]));
    expect(files(r)).not.toContain(GRADUATE);
    expect(files(r)).not.toContain(DETECTOR);
  });

  it('"show me the deadlines" and "upcoming" list deadlines, soonest first', () => {
    for (const q of [
      'show me the deadlines',
      'upcoming',
      'what are the upcoming deadlines?',
      'montre-moi les dates limites',
    ]) {
      const r = ask(q);
      expect(files(r), q).toEqual([GRADUATE, DETECTOR, LATTICE, STUDENT]);
    }
  });

  it('"until when can I apply" is the deadline, not eligibility', () => {
    for (const q of [
      'until when can I apply to the lattice postdoc?',
      'jusqu’à quand puis-je postuler au postdoc lattice ?',
      'bis wann kann ich mich auf die Lattice-Stelle bewerben?',
      'fino a quando posso candidarmi al postdoc lattice?',
      '¿hasta cuándo puedo solicitar el postdoc de lattice?',
    ]) {
      const r = ask(q);
      expect(r.eligibility, q).toBeUndefined();
      expect(r.text, q).toMatch(/15 March 2027/);
    }
  });

  it('"which positions are open right now?" does not search for "right"', () => {
    const r = ask('which positions are open right now?', '2027-02-25');
    expect(files(r)).toEqual([LATTICE, STUDENT]);
  });
});

describe('naming a posting', () => {
  it('by its file name, with or without the extension', () => {
    expect(files(ask('show software-graduate.md'))).toEqual([GRADUATE]);
    expect(files(ask('show phd-studentship'))).toEqual([STUDENT]);
    expect(files(ask('contact lattice-postdoc.md'))).toEqual([LATTICE]);
  });

  it('by a typo of the command word, never printing a card for it', () => {
    const skills = ask('skils lattice').text;
    expect(skills).toMatch(/"Postdoctoral Fellow in Lattice QCD" lists no skills/);
    expect(skills).not.toMatch(/Organisation:/);
    expect(ask('contcat lattice').text).toMatch(/lattice-jobs@desy\.example\.de/);
    expect(ask('deadlnes').text).toMatch(/Upcoming deadlines/);
    expect(ask('subscirbe').text).toMatch(/Did you mean 'subscribe'/);
  });

  it('share in a place with no channel gives the answer, saying so', () => {
    const r = ask('share deadlines');
    expect(r.text).toMatch(/no channel here to share in/);
    expect(r.text).toMatch(/Upcoming deadlines/);
  });
});

describe('questions in other languages', () => {
  it.each([
    ['Quelle est la date limite pour le poste d’ingénieur électronique ?', DETECTOR, /20 February 2027/],
    ['Combien paie le postdoc en QCD sur réseau à Zeuthen ?', LATTICE, /EUR 4,300/],
    ['Wo ist die Stelle als Softwareentwickler für Beschleuniger?', GRADUATE, /Villigen/],
    ['Wie lange dauert der Vertrag der Doktorandenstelle in Padova?', STUDENT, /3 years/],
    ['A chi devo scrivere per il posto di ingegnere elettronico?', DETECTOR, /ee-jobs@cern\.example\.ch/],
    ['Qual è lo stipendio del postdoc a Zeuthen?', LATTICE, /EUR 4,300/],
    ['¿Dónde está el puesto de ingeniero de electrónica?', DETECTOR, /Prévessin/],
    ['¿Cuál es el plazo para el puesto de desarrollador en Villigen?', GRADUATE, /10 January 2027/],
  ])('"%s"', (q, first, says) => {
    const r = ask(q);
    expect(files(r)[0]).toBe(first);
    expect(r.text).toMatch(says);
  });

  it.each([
    'Puis-je postuler au postdoc lattice ? Je suis italien.',
    'Kann ich mich auf die Lattice-Stelle bewerben? Ich bin Italiener.',
    'Posso candidarmi al postdoc lattice? Sono italiano.',
    '¿Puedo solicitar el postdoc de lattice? Soy italiano.',
    'can a Japanese master’s graduate apply to the lattice postdoc?',
    'is a bachelor’s enough for the lattice postdoc?',
    "am I eligible for the Zeuthen lattice positions? I'm Italian",
    'I’m a PhD student in Padova - can I apply for the lattice postdoc?',
  ])('"%s" is an eligibility question about the posting', (q) => {
    const r = ask(q);
    expect(r.eligibility).toBeDefined();
    expect(files(r)).toEqual([LATTICE]);
  });
});
