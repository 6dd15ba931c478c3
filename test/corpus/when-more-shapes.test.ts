// Postings of our own in more shapes (EURAXESS, jobs.ac.uk with broken lines, academicpositions,
// Indeed, USAJOBS, a Workday-style HR page, a PDF's text, a forwarded mailing-list e-mail, a
// markdown table, a JSON-LD page, Italian, Spanish, German, French and Turkish calls) with every
// kind of date sentence: each when-and-how-much fact read right, or left unknown with a warning.
import { beforeAll, describe, expect, it } from 'vitest';
import { type Corpus, loadCorpus } from '../../src/corpus/load-corpus.ts';
import type { Posting } from '../../src/corpus/posting.ts';
import { type When, whenOf } from './helpers/when-of.ts';

// A bare "$" where nothing says where the posting is (dollar-no-country) has no known currency;
// usajobs-nist's host and place (NIST, Gaithersburg, MD) say it is the US one.
const EXPECTED: Record<string, When> = {
  'academicpositions-review.md': {
    deadline: null,
    start: '2027-04-01',
    months: 24,
    fte: 1,
    salary: [40000, 44000, 'SEK', 'month'],
    posted: '2026-12-01',
    rolling: true,
  },
  'cern-fellow-noon.txt': {
    deadline: '2027-01-12',
    at: '2027-01-12T11:00:00.000Z',
    // "starting in spring 2027": a season, quoted without a day.
    start: 'undated',
    months: 24,
    fte: null,
    salary: [7500, 7500, 'CHF', 'month'],
  },
  'ciemat-plazo.txt': {
    deadline: '2027-01-20',
    at: '2027-01-20T13:00:00.000Z',
    start: '2027-03-01',
    months: 48,
    fte: 1,
    salary: [23000, 23000, 'EUR', 'year'],
    posted: '2026-12-02',
  },
  'dollar-no-country.txt': {
    deadline: '2027-01-31',
    start: null,
    months: 24,
    fte: null,
    salary: [65000, 72000, null, 'year'],
  },
  'epfl-chf.txt': {
    deadline: '2027-01-31',
    at: '2027-01-31T22:59:00.000Z',
    start: '2027-04-01',
    months: 48,
    fte: null,
    salary: [55000, 55000, 'CHF', 'year'],
  },
  'epfl-review-begins.txt': {
    deadline: null,
    start: '2027-09-01',
    months: null,
    fte: null,
    salary: null,
    rolling: true,
  },
  'eur-40-45k.txt': {
    deadline: '2027-01-14',
    start: 'undated',
    months: 24,
    fte: 1,
    salary: [40000, 45000, 'EUR', 'year'],
  },
  'euraxess-rolling-priority.txt': {
    deadline: '2027-01-31',
    at: '2027-01-31T22:59:00.000Z',
    start: '2027-04-01',
    months: 24,
    fte: 1,
    salary: null,
    scale: true,
  },
  'forwarded-mailing-list.txt': {
    deadline: '2027-02-15',
    at: '2027-02-15T11:00:00.000Z',
    start: '2027-09-01',
    months: 48,
    fte: null,
    salary: [47040, 47040, 'CHF', null],
    posted: '2026-12-03',
  },
  'gsi-17-uhr.txt': {
    deadline: '2027-01-31',
    at: '2027-01-31T16:00:00.000Z',
    start: '2027-05-01',
    months: 36,
    fte: 0.65,
    salary: null,
  },
  'ijclab-midi.txt': {
    deadline: '2027-01-15',
    at: '2027-01-15T11:00:00.000Z',
    start: '2027-04-01',
    months: 24,
    fte: null,
    salary: [2900, 2900, 'EUR', 'month'],
    posted: '2026-12-01',
  },
  'indeed-us-hr.txt': {
    deadline: null,
    start: null,
    months: null,
    fte: 1,
    salary: [95000, 125000, 'USD', 'year'],
    rolling: true,
  },
  'infn-entro-ore.txt': {
    deadline: '2027-02-10',
    start: '2027-04-01',
    months: 12,
    fte: null,
    salary: [1500, 1500, 'EUR', 'month'],
    posted: '2026-12-10',
  },
  'infn-mezzogiorno.txt': {
    deadline: '2027-02-20',
    at: '2027-02-20T11:00:00.000Z',
    start: '2027-04-01',
    months: 12,
    fte: null,
    salary: [24000, 24000, 'EUR', 'year'],
    posted: '2026-12-15',
  },
  'jobsacuk-broken-lines.txt': {
    deadline: '2027-01-12',
    start: null,
    months: 36,
    fte: 1,
    salary: [38205, 46974, 'GBP', 'year'],
    posted: '2026-12-02',
  },
  'jsonld-board.html': {
    deadline: '2027-02-28',
    start: null,
    months: 36,
    fte: 1,
    salary: null,
    scale: true,
    posted: '2026-11-28',
  },
  'kit-mitternacht.txt': {
    deadline: '2027-01-10',
    at: '2027-01-10T23:00:00.000Z',
    start: '2027-04-01',
    months: 24,
    fte: null,
    salary: [45000, 45000, 'EUR', 'year'],
    posted: '2026-11-28',
  },
  'lapp-23h59.txt': {
    deadline: '2027-02-05',
    at: '2027-02-05T22:59:00.000Z',
    start: '2027-03-01',
    months: 18,
    fte: null,
    salary: [40000, 40000, 'EUR', 'year'],
  },
  'odtu-ilan-tr.txt': {
    deadline: '2027-01-08',
    at: '2027-01-08T14:00:00.000Z',
    start: '2027-03-01',
    months: 24,
    fte: null,
    salary: [52000, 52000, 'TRY', 'month'],
    posted: '2026-12-02',
  },
  'pay-line-alone.md': {
    deadline: '2027-01-20',
    at: '2027-01-21T00:00:00.000Z',
    start: '2027-03-01',
    months: 36,
    fte: 1,
    salary: [38205, 46974, 'GBP', 'year'],
  },
  'pdf-broken-de.txt': {
    deadline: '2027-01-15',
    start: '2027-04-01',
    months: 36,
    fte: 0.65,
    salary: null,
    scale: true,
  },
  'relative-deadline-en.txt': {
    deadline: null,
    start: null,
    months: 18,
    fte: 1,
    salary: [33966, 33966, 'GBP', 'year'],
    warned: true,
  },
  'relative-deadline-it.txt': {
    deadline: null,
    start: null,
    // "L'assegno ha durata annuale": one year.
    months: 12,
    fte: null,
    salary: [19367, 19367, 'EUR', 'year'],
    warned: true,
  },
  'tubitak-ilan.txt': {
    deadline: '2027-01-15',
    at: '2027-01-15T14:00:00.000Z',
    start: '2027-03-01',
    months: 24,
    fte: null,
    salary: [50000, 50000, 'TRY', 'month'],
    posted: '2026-12-01',
  },
  'uni-hr-table.md': {
    deadline: '2027-01-10',
    at: '2027-01-10T22:59:00.000Z',
    start: '2027-03-01',
    months: 24,
    fte: 0.8,
    salary: [6800, 7400, 'CHF', 'month'],
  },
  'usajobs-nist.txt': {
    deadline: '2027-01-15',
    start: null,
    months: null,
    fte: 1,
    salary: [82764, 107590, 'USD', 'year'],
    opens: '2026-12-01',
  },
  'usd-60k.txt': {
    deadline: '2027-02-28',
    at: '2027-02-28T22:00:00.000Z',
    start: null,
    months: 12,
    fte: null,
    salary: [60000, 60000, 'USD', 'year'],
  },
  'workday-hr.txt': {
    deadline: '2027-01-10',
    at: '2027-01-11T04:59:00.000Z',
    start: null,
    months: 12,
    fte: null,
    salary: [68000, 72000, 'USD', 'year'],
    posted: '2026-11-30',
  },
};

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus(new URL('../fixtures/when2', import.meta.url).pathname);
});

describe('when and how much, in more shapes and date sentences', () => {
  it('loads every fixture as one posting', () => {
    expect(corpus.postings.map((p) => p.source.file).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, expected] of Object.entries(EXPECTED))
    it(`reads ${file}`, () => {
      const p = corpus.postings.find((x) => x.source.file === file);
      expect(p).toBeDefined();
      const warned = corpus.warnings.some((w) => w.file === file);
      expect(whenOf(p as Posting, { warned })).toEqual(expected);
    });
});
