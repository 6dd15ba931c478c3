import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const postingOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings[0];

describe('lines that are parts of a document or its issuing office, not titles', () => {
  it('skips "Section B" and takes the post named below it', () => {
    const p = postingOf(
      'Section B\nUNIVERSITY OF LEEDS\nSchool of Physics\nUNIVERSITY LECTURESHIP IN CONDENSED MATTER THEORY\n' +
        'Applications are invited for a University Lectureship with effect from 1 January 2028.\n',
    );
    expect(p?.title).toBe('UNIVERSITY LECTURESHIP IN CONDENSED MATTER THEORY');
    expect(p?.start?.from).toBe('2028-01-01');
  });

  it('skips the office that issues a call', () => {
    const p = postingOf(
      'Ufficio Borse di Studio e Assegni di Ricerca\n\nSELEZIONE PER IL CONFERIMENTO DI N. 2 BORSE DI STUDIO PER LAUREATI IN FISICA\n\nLa borsa ha durata di un anno.\n',
    );
    expect(p?.title).not.toMatch(/^Ufficio/);
  });
});

describe('the role a call after a label offers', () => {
  it('reads "Region: Bando per n. 4 assegni di ricerca - Host" as the assegni', () => {
    const p = postingOf(
      'Toscana: Bando per n. 4 assegni di ricerca in fisica teorica - INFN\nDescrizione\nGli assegni hanno durata biennale.\n',
    );
    expect(p?.title).toBe('Assegni di ricerca in fisica teorica');
  });
});

describe('a back link glued to the title', () => {
  it('cuts "Volver" or "Back" written against the title', () => {
    expect(
      postingOf(
        'VolverConvocatoria: AYUDAS PARA CONTRATOS PREDOCTORALES 2027\nPlazo de solicitud: hasta el 3 de marzo de 2027\n',
      )?.title,
    ).toBe('AYUDAS PARA CONTRATOS PREDOCTORALES 2027');
    expect(postingOf('BackResearch Software Engineer\nLocation: Leeds\n')?.title).toBe('Research Software Engineer');
  });

  it('keeps a title that only starts with such letters', () => {
    expect(postingOf('Backend Developer for Detector Controls\nLocation: Geneva\n')?.title).toBe(
      'Backend Developer for Detector Controls',
    );
  });
});

describe('start cues and address lines', () => {
  it('reads "with effect from" and "mit Wirkung zum" as the start', () => {
    expect(
      postingOf('Readership in Astrophysics\nThe post is offered with effect from 1 August 2027.\n')?.start?.from,
    ).toBe('2027-08-01');
    expect(
      postingOf('Wissenschaftliche Mitarbeiterin (m/w/d)\nDie Stelle ist mit Wirkung zum 1. März 2027 zu besetzen.\n')
        ?.start?.from,
    ).toBe('2027-03-01');
  });

  it('ends a work-location section at a paragraph', () => {
    const p = postingOf(
      'Postdoctoral Researcher in Lattice QCD\n\nWork location\n\nKobe Campus (7-1-26 Minatojima, Kobe)\n' +
        'The researcher will spend the first year at the Kobe campus and the second at a partner university abroad.\n\nSalary\n\nAccording to the rules.\n',
    );
    expect(p?.location?.text).toBe('Kobe Campus (7-1-26 Minatojima, Kobe)');
  });
});

describe('notes, counts and form fields around a title', () => {
  it('skips a bracketed update note and takes the post a sentence opens', () => {
    expect(
      postingOf(
        '[revised on 3 Feb 2027]\n\nThe Physics Department of the University of Trento opens a post-doc position in lattice QCD.\n',
      )?.title,
    ).toBe('Post-doc position in lattice QCD');
  });

  it('leaves the count written out in brackets out of the offered role', () => {
    expect(
      postingOf('The 2028 Fellowship Programme offers 6 (six) positions for research in Nuclear Physics.\n\nText.\n')
        ?.title,
    ).toBe('Positions for research in Nuclear Physics');
  });

  it('takes neither a board number nor a form field’s value as the title', () => {
    const p = postingOf(
      'Fellowship ID:LAB-POSTDOC3 [#20411]\nResearcher Profile\nRecognised Researcher (R2)\nCountry\nSpain\n' +
        'Offer Description: a call is open for the assignment of one “Postdoctoral Research Grant” of the duration of two years.\n',
    );
    expect(p?.title).not.toMatch(/#20411|R2/);
  });
});
