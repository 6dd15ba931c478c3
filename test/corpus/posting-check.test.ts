// The parser's own check of a built posting (src/corpus/posting-check.ts) held to the Posting
// schema: both take every posting of the fixtures and seeds, and both refuse a copy with any one
// refined value broken.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { Posting } from '../../src/corpus/posting.ts';
import { postingProblem } from '../../src/corpus/posting-check.ts';

const DIRS = ['test/fixtures/postings', 'seeds'];
const built = DIRS.flatMap((dir) => readdirSync(dir).flatMap((f) => parseFile(f, readFileSync(join(dir, f))).postings));

// A posting with every optional fact present, so that each refined field can be broken.
const quote = (line: number) => ({ text: 'x', line });
const full: Posting = {
  id: 'a-1',
  title: 'Data engineer',
  organisation: 'CERN',
  experiment: 'CMS',
  location: quote(2),
  country: 'Switzerland',
  contacts: [{ ...quote(3), email: 'a@b.ch', name: 'A B' }],
  deadline: { ...quote(4), date: '2027-01-31', at: '2027-01-31T22:59:00.000Z' },
  rolling: null,
  opens: { ...quote(5), date: '2026-12-01' },
  closedNotice: quote(6),
  start: { ...quote(7), from: '2027-03-01', to: null },
  posted: { ...quote(8), date: '2026-11-01' },
  duration: { ...quote(9), months: 24 },
  workload: { ...quote(10), fte: 0.8 },
  salary: { ...quote(11), min: 1000, max: 2000, currency: 'CHF', period: 'month', net: null },
  requiredSkills: [{ ...quote(12), skills: ['Python'] }],
  desiredSkills: [{ ...quote(13), skills: [] }],
  degree: 'master',
  duties: [quote(14)],
  eligibility: [quote(15)],
  documents: [quote(16)],
  links: [],
  summary: '',
  skills: ['Python'],
  text: 'x',
  format: 'markdown',
  source: { file: 'a.md', line: 1, page: 1, pageLine: 1 },
  pageStarts: [1],
};

type Break = [string, (p: Posting) => Posting];
const breaks: Break[] = [
  ['an empty id', (p) => ({ ...p, id: '' })],
  ['an empty title', (p) => ({ ...p, title: '' })],
  ['a source without a file', (p) => ({ ...p, source: { ...p.source, file: '' } })],
  ['a source line 0', (p) => ({ ...p, source: { ...p.source, line: 0 } })],
  ['a fractional source line', (p) => ({ ...p, source: { ...p.source, line: 1.5 } })],
  ['a page 0', (p) => ({ ...p, source: { ...p.source, page: 0 } })],
  ['a page line -1', (p) => ({ ...p, source: { ...p.source, pageLine: -1 } })],
  ['a page start 0', (p) => ({ ...p, pageStarts: [0] })],
  ['an unknown format', (p) => ({ ...p, format: 'rtf' as Posting['format'] })],
  ['an unknown degree', (p) => ({ ...p, degree: 'diploma' as Posting['degree'] })],
  ['a deadline day not YYYY-MM-DD', (p) => ({ ...p, deadline: { ...quote(4), date: '2027-1-31' } })],
  [
    'a deadline instant with an offset',
    (p) => ({ ...p, deadline: { ...quote(4), date: '2027-01-31', at: '2027-01-31T23:59:00+01:00' } }),
  ],
  [
    'a deadline instant without seconds',
    (p) => ({ ...p, deadline: { ...quote(4), date: '2027-01-31', at: '2027-01-31T22:59Z' } }),
  ],
  [
    'a deadline instant at hour 24',
    (p) => ({ ...p, deadline: { ...quote(4), date: '2027-01-31', at: '2027-01-31T24:00:00Z' } }),
  ],
  ['a deadline line 0', (p) => ({ ...p, deadline: { ...quote(0), date: '2027-01-31' } })],
  ['an opening day in words', (p) => ({ ...p, opens: { ...quote(5), date: '1 March' } })],
  ['a posted day with slashes', (p) => ({ ...p, posted: { ...quote(8), date: '2026/11/01' } })],
  ['a start range end not a day', (p) => ({ ...p, start: { ...quote(7), from: null, to: 'May' } })],
  ['a location line 0', (p) => ({ ...p, location: quote(0) })],
  ['a rolling quote line 0', (p) => ({ ...p, rolling: quote(0) })],
  ['a closed notice line 0', (p) => ({ ...p, closedNotice: quote(0) })],
  ['a duration of 0 months', (p) => ({ ...p, duration: { ...quote(9), months: 0 } })],
  ['an infinite duration', (p) => ({ ...p, duration: { ...quote(9), months: Number.POSITIVE_INFINITY } })],
  ['a workload over 1 FTE', (p) => ({ ...p, workload: { ...quote(10), fte: 1.5 } })],
  ['a workload of 0 FTE', (p) => ({ ...p, workload: { ...quote(10), fte: 0 } })],
  ['a workload of NaN', (p) => ({ ...p, workload: { ...quote(10), fte: Number.NaN } })],
  ['a negative salary', (p) => ({ ...p, salary: { ...(p.salary as NonNullable<Posting['salary']>), min: -1 } })],
  [
    'an infinite salary',
    (p) => ({ ...p, salary: { ...(p.salary as NonNullable<Posting['salary']>), max: Number.POSITIVE_INFINITY } }),
  ],
  [
    'a currency of four letters',
    (p) => ({ ...p, salary: { ...(p.salary as NonNullable<Posting['salary']>), currency: 'EURO' } }),
  ],
  [
    'a salary per week',
    (p) => ({ ...p, salary: { ...(p.salary as NonNullable<Posting['salary']>), period: 'week' as 'year' } }),
  ],
  ['a contact line 0', (p) => ({ ...p, contacts: [{ ...quote(0), email: null, name: null }] })],
  ['a skill line 0', (p) => ({ ...p, requiredSkills: [{ ...quote(0), skills: [] }] })],
  ['a desired skill line 0', (p) => ({ ...p, desiredSkills: [{ ...quote(0), skills: [] }] })],
  ['a duty line 0', (p) => ({ ...p, duties: [quote(0)] })],
  ['a criterion line 0', (p) => ({ ...p, eligibility: [quote(0)] })],
  ['a document line 0', (p) => ({ ...p, documents: [quote(0)] })],
];

describe("the parser's check of a built posting", () => {
  it('takes every posting of the fixtures and seeds, as the schema does', () => {
    expect(built.length).toBeGreaterThan(10);
    for (const p of built) {
      expect(Posting.safeParse(p).success).toBe(true);
      expect(postingProblem(p)).toBeNull();
    }
  });

  it('takes a posting with every fact present, as the schema does', () => {
    expect(Posting.safeParse(full).success).toBe(true);
    expect(postingProblem(full)).toBeNull();
    const edges = {
      ...full,
      workload: { ...quote(10), fte: 1 },
      salary: { ...quote(11), min: 0, max: null, currency: null, period: null, net: true },
    };
    expect(Posting.safeParse(edges).success).toBe(true);
    expect(postingProblem(edges)).toBeNull();
  });

  it.each(breaks)('refuses %s, as the schema does', (_, broken) => {
    const p = broken(full);
    expect(Posting.safeParse(p).success).toBe(false);
    expect(postingProblem(p)).toMatch(/\S/);
  });

  it('says which value it refuses (the reason a load warning gives)', () => {
    expect(postingProblem({ ...full, title: '' })).toBe('title: empty');
    expect(postingProblem({ ...full, workload: { ...quote(10), fte: 1.5 } })).toBe(
      'workload: 1.5 FTE is not in (0, 1]',
    );
  });
});
