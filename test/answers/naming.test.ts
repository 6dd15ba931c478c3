// How people name a posting beyond its own words: a host by its initials, a title's word of
// another language by its English cognate or glossary word, a call for several posts by its
// plural, and a question followed by the asker's account of themselves.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBrain } from '../../src/answers/brain.ts';
import { classify } from '../../src/answers/intents.ts';
import { acronymOf } from '../../src/answers/name-forms.ts';
import { selfClauses } from '../../src/answers/question-words.ts';
import { loadCorpus } from '../../src/corpus/load-corpus.ts';
import { asJson, at, TZ } from './helpers.ts';

const files: Record<string, string> = {
  'quantum.md':
    '# Postdoctoral researcher in quantum sensing\n\nOrganisation: Institute for Quantum Optics and Photonics\n\nThe group builds atom interferometers.\n\nDeadline: 30 April 2031\n\nContact: sensing@example.org\n',
  'valencia.md':
    '# Research engineer for detector readout\n\nOrganisation: Universidad Politécnica de Valencia\n\nThe team designs readout boards.\n\nDeadline: 15 May 2031\n\nContact: readout@example.org\n',
  'astro.md':
    '# Chaire de professeur junior en astrophysique\n\nLe laboratoire recrute une chaire de professeur junior.\n\nDate limite de candidature : 20 avril 2031\n\nContact : chaire-astro@example.org\n',
  'metal.md':
    '# Chaire de professeur junior en métallurgie\n\nLe laboratoire recrute une chaire de professeur junior.\n\nDate limite de candidature : 22 avril 2031\n\nContact : chaire-metal@example.org\n',
  'posdoc.md':
    '# Posdoctoral position in plasma diagnostics\n\nThe group runs a linear plasma device.\n\nDeadline: 10 May 2031\n\nContact: plasma-a@example.org\n',
  'tecnico.md':
    '# Plasma diagnostics technician\n\nThe group runs a linear plasma device.\n\nDeadline: 12 May 2031\n\nContact: plasma-b@example.org\n',
  'faculty.md':
    '# Faculty positions available\n\nThe Lakeside Institute of Geophysics seeks to fill several faculty positions in seismology.\n\nAll materials should be sent to Dr. Ann Rivers at geo-search@example.org before 31 March 2031.\n',
};

async function withBrain(run: (ask: (q: string) => ReturnType<typeof asJson>) => void): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'positions-naming-'));
  try {
    for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
    const brain = createBrain((await loadCorpus(dir)).postings, { timeZone: TZ });
    run((q) => asJson(brain.answer(q, { now: at('2031-03-01'), userId: 'U1' })));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const first = (r: ReturnType<typeof asJson>) => r.postings[0]?.source.file;

describe('initials of a host', () => {
  it.each([
    ['Universidad Politécnica de Valencia', 'upv'],
    ['Institute for Quantum Optics and Photonics', 'iqop'],
    ['Lawrence Berkeley National Laboratory', 'lbnl'],
  ])('"%s" is also named "%s"', (name, initials) => {
    expect(acronymOf(name)).toBe(initials);
  });

  it('gives none for short names, initials already, or words that are not a name', () => {
    expect(acronymOf('CERN')).toBeNull();
    expect(acronymOf('Paul Scherrer')).toBeNull();
    expect(acronymOf('ESO, Garching')).toBeNull();
    expect(acronymOf('the group of detector physics')).toBeNull();
  });

  it('names a posting by its host’s initials', async () => {
    await withBrain((ask) => {
      expect(first(ask('when is the deadline for the UPV research engineer job?'))).toBe('valencia.md');
      expect(ask('who do I contact about the IQOP postdoc?').postings.map((p) => p.source.file)).toEqual([
        'quantum.md',
      ]);
    });
  });
});

describe('a title in another language', () => {
  it('is named by English cognates of its words ("astrophysics" for "astrophysique")', async () => {
    await withBrain((ask) => {
      const r = ask('when do applications close for the junior professor chair in astrophysics?');
      expect(r.postings.map((p) => p.source.file)).toEqual(['astro.md']);
      expect(r.text).toMatch(/20 April 2031/);
      expect(ask('contact for the junior chair in metallurgy').postings.map((p) => p.source.file)).toEqual([
        'metal.md',
      ]);
    });
  });

  it('is named by the glossary’s English word for a title word ("posdoctoral" is a postdoc)', async () => {
    await withBrain((ask) => {
      const r = ask('who do I contact for the plasma diagnostics postdoc?');
      expect(r.postings.map((p) => p.source.file)).toEqual(['posdoc.md']);
      expect(r.text).toMatch(/plasma-a@example\.org/);
    });
  });
});

describe('a call for several posts', () => {
  it('is one posting when a plural question names it', async () => {
    await withBrain((ask) => {
      const r = ask('where do I send my application for the Lakeside faculty positions?');
      expect(r.postings.map((p) => p.source.file)).toEqual(['faculty.md']);
      expect(r.text).toMatch(/geo-search@example\.org/);
    });
  });

  it('keeps a question about several postings a list', async () => {
    await withBrain((ask) => {
      expect(ask('which positions are open?').postings.length).toBeGreaterThan(1);
    });
  });
});

describe('what follows a question', () => {
  const selfWordsOf = (text: string) => {
    const c = classify(text);
    const self = selfClauses(c);
    return c.words.filter((_, i) => self[i]).map((w) => w.raw);
  };

  it('is the asker’s account of themselves when it asks nothing', () => {
    expect(selfWordsOf('am I eligible for the UPV job? PhD in 2019, three years in industry.')).toEqual([
      'PhD',
      'in',
      '2019',
      'three',
      'years',
      'in',
      'industry',
    ]);
    expect(selfWordsOf('is the UPV job open? and the IQOP one?')).toEqual([]);
    expect(selfWordsOf('am I eligible for the UPV job?')).toEqual([]);
  });

  it('does not name the posting', async () => {
    await withBrain((ask) => {
      const r = ask('am I eligible for the IQOP postdoc? PhD in 2029, two years of sensing work in Valencia');
      expect(first(r)).toBe('quantum.md');
    });
  });
});
