// Postings of our own in the shapes of job boards and employers the seeds do not show (EURAXESS,
// jobs.ac.uk, Helmholtz and Max Planck, CNRS, INFN, CIEMAT, TÜBİTAK, USAJOBS, KEK...): the facts of
// when and how much each states, read from test/fixtures/when, plus a PDF and a Word file made here.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Corpus, loadCorpus } from '../../src/corpus/load-corpus.ts';
import { parseAnyFile } from '../../src/corpus/parse-any-file.ts';
import type { Posting } from '../../src/corpus/posting.ts';
import { makeDocx } from './helpers/make-docx.ts';
import { makePdf, type PdfLine } from './helpers/make-pdf.ts';
import { type When, whenOf } from './helpers/when-of.ts';

const EXPECTED: Record<string, When> = {
  'academicpositions-leiden.md': {
    deadline: '2027-01-04',
    start: null,
    months: 48,
    fte: 1,
    salary: [2901, 3707, 'EUR', 'month'],
    posted: '2026-11-03',
  },
  'au-email.txt': {
    deadline: '2027-01-17',
    at: '2027-01-17T14:00:00.000Z',
    start: null,
    months: 36,
    fte: 1,
    salary: [98000, 105000, 'AUD', 'year'],
    posted: '2026-11-03',
  },
  'bogazici-en-tr.txt': {
    deadline: '2026-12-19',
    start: '2027-02-01',
    months: 36,
    fte: null,
    salary: null,
    opens: '2026-12-05',
  },
  'cea-saclay.txt': {
    deadline: '2027-01-31',
    start: '2027-10-01',
    months: 36,
    fte: null,
    salary: [36000, 36000, 'EUR', 'year'],
  },
  'ciemat-es.txt': {
    deadline: '2027-01-20',
    start: '2027-03-01',
    months: 36,
    fte: 1,
    salary: [32500, 32500, 'EUR', 'year'],
  },
  'cnrs-portail-emploi.txt': {
    deadline: '2027-01-12',
    at: '2027-01-12T22:59:00.000Z',
    start: '2027-04-01',
    months: 24,
    fte: 1,
    salary: [2992.9, 4345.59, 'EUR', 'month'],
    posted: '2026-11-04',
  },
  'desy-stelle-de.txt': { deadline: '2027-01-31', start: '2027-03-01', months: 36, fte: 1, salary: null, scale: true },
  'epfl-lphe.txt': { deadline: '2027-01-10', start: null, months: 12, fte: 1, salary: null },
  'eth-zurich.txt': { deadline: null, start: '2027-03-01', months: 48, fte: 1, salary: null, rolling: true },
  'euraxess-kit-detector.txt': {
    deadline: '2027-01-15',
    at: '2027-01-15T22:59:00.000Z',
    start: '2027-04-01',
    months: 24,
    fte: 1,
    salary: null,
    scale: true,
  },
  'gsi-english.txt': {
    deadline: '2027-01-10',
    start: '2027-04-01',
    months: 24,
    fte: 'unstated',
    salary: null,
    scale: true,
  },
  'hzdr-table.html': { deadline: '2027-02-15', start: 'undated', months: 36, fte: 0.65, salary: null, scale: true },
  'ific-valencia.txt': {
    deadline: '2027-01-10',
    start: '2027-02-01',
    months: 12,
    fte: 1,
    salary: [2150, 2150, 'EUR', 'month'],
  },
  'in2p3-prose-fr.txt': { deadline: '2027-02-15', start: '2027-10-01', months: 18, fte: null, salary: null },
  'infn-assegno.txt': {
    deadline: '2027-02-20',
    start: '2027-04-01',
    months: 24,
    fte: null,
    salary: [25000, 25000, 'EUR', 'year'],
  },
  'infn-bando.txt': {
    deadline: '2027-01-15',
    start: '2027-03-01',
    months: 12,
    fte: null,
    salary: [19367, 19367, 'EUR', 'year'],
  },
  'jobs-ac-uk-ral.txt': {
    deadline: '2027-01-04',
    at: '2027-01-04T23:55:00.000Z',
    start: null,
    months: 36,
    fte: 1,
    salary: [37174, 45413, 'GBP', 'year'],
    posted: '2026-11-03',
  },
  'kek-english.txt': {
    deadline: '2027-01-08',
    at: '2027-01-08T08:00:00.000Z',
    start: '2027-04-01',
    months: 36,
    fte: null,
    salary: null,
  },
  'lbnl-postdoc.txt': {
    deadline: null,
    start: null,
    months: 24,
    fte: 1,
    salary: [75396, 84000, 'USD', 'year'],
    rolling: true,
  },
  'mpi-physics.txt': { deadline: '2026-11-30', start: '2027-10-01', months: 24, fte: null, salary: null, scale: true },
  'nikhef-phd.md': {
    deadline: '2027-01-10',
    start: 'undated',
    months: 48,
    fte: 1,
    salary: [2770, 3539, 'EUR', 'month'],
  },
  'psi-json-ld.html': {
    deadline: '2027-02-28',
    start: null,
    months: null,
    fte: 1,
    salary: [95000, 115000, 'CHF', 'year'],
    posted: '2026-11-10',
  },
  'rolling-fellowship.txt': {
    deadline: null,
    start: null,
    months: 3,
    fte: null,
    salary: [2800, 2800, 'EUR', 'month'],
    rolling: true,
  },
  'slac-open-until-filled.html': {
    deadline: null,
    start: null,
    months: null,
    fte: 1,
    salary: [92000, 124000, 'USD', 'year'],
    posted: '2026-11-03',
    rolling: true,
  },
  'stfc-ral-engineer.txt': {
    deadline: '2027-01-15',
    at: '2027-01-15T23:55:00.000Z',
    start: null,
    months: 36,
    fte: 'unstated',
    salary: [42000, 48000, 'GBP', 'year'],
  },
  // The currency is left out: this posting's dollar is Canada's, which needs its country read.
  'triumf-vancouver.txt': {
    deadline: '2027-01-15',
    start: null,
    months: 24,
    fte: 1,
    salary: [70000, 80000, null, 'year'],
    posted: '2026-11-03',
  },
  'tubitak-burs.txt': {
    deadline: '2027-01-15',
    start: '2027-03-01',
    months: 24,
    fte: null,
    salary: [45000, 45000, 'TRY', 'month'],
    opens: '2026-12-01',
  },
  'usajobs-bnl.txt': {
    deadline: '2026-12-15',
    start: null,
    months: 24,
    fte: 1,
    salary: [86962, 113047, 'USD', 'year'],
    opens: '2026-11-03',
  },
};

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus(new URL('../fixtures/when', import.meta.url).pathname);
});

describe('when and how much, in postings of shapes the seeds do not show', () => {
  it('loads every fixture as one posting, without warnings', () => {
    expect(corpus.warnings).toEqual([]);
    expect(corpus.postings.map((p) => p.source.file).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED))
    it(`reads ${file}`, () => {
      const p = corpus.postings.find((x) => x.source.file === file);
      expect(p).toBeDefined();
      expect(whenOf(p as Posting, { withCurrency: expected.salary?.[2] !== null })).toEqual(expected);
    });
});

const rows = (pairs: Array<[string, string]>): PdfLine[] =>
  pairs.flatMap(([label, value]) => [{ text: label }, { text: value, x: 260, sameLine: true }]);

describe('the same shapes in a PDF and a Word file', () => {
  it('reads a Helmholtz-style PDF of label rows', async () => {
    const pdf = makePdf([
      [
        { text: 'Doktorand (m/w/d) Detektorentwicklung', size: 16 },
        ...rows([
          ['Eintritt', 'zum 1. Mai 2027'],
          ['Befristung', '3 Jahre'],
          ['Arbeitszeit', '65 %'],
          ['Vergütung', 'Entgeltgruppe 13 TV-L'],
          ['Bewerbungsfrist', '28.02.2027'],
        ]),
        { text: 'Die Gruppe entwickelt Siliziumsensoren fuer den Upgrade des Spurdetektors.', gapBefore: 10 },
      ],
    ]);
    const p = (await parseAnyFile('doktorand.pdf', pdf)).postings[0] as Posting;
    expect(whenOf(p)).toEqual({
      deadline: '2027-02-28',
      start: '2027-05-01',
      months: 36,
      fte: 0.65,
      salary: null,
      scale: true,
    });
  });

  it('reads an Italian call in Word with a table of labels and values', async () => {
    const docx = await makeDocx([
      { title: 'Bando per una borsa di studio per laureati in fisica' },
      { para: "La borsa è destinata ad attività di ricerca sull'esperimento Belle II." },
      {
        table: [
          ['Durata', '12 mesi'],
          ['Decorrenza', '1 marzo 2027'],
          ['Importo', '€ 1.600,00 lordi mensili'],
          ['Scadenza', '15 gennaio 2027, ore 12:00'],
        ],
      },
    ]);
    const p = (await parseAnyFile('bando.docx', docx)).postings[0] as Posting;
    expect(whenOf(p)).toEqual({
      deadline: '2027-01-15',
      start: '2027-03-01',
      months: 12,
      fte: null,
      salary: [1600, 1600, 'EUR', 'month'],
    });
  });
});
