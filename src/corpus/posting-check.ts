// The Posting schema's refinements (./posting.ts), checked on a posting the parser has just built,
// without the copy a zod parse makes. The types already hold the shapes; what the builder can
// still get wrong from odd text is a value: an empty title, a line that is not a positive whole
// number, a date that is not YYYY-MM-DD, a workload over one FTE. Checking each new posting with
// Posting.safeParse was 6% of the cold load at 10,000 postings (zod copies every object, and both
// parse threads warm its generic code up); test/corpus/posting-check.test.ts holds this check to
// the schema on every fixture and on a broken copy of each refined field.
import { Degree, type Posting, PostingFormat, type Quote, SalaryFact } from './posting.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// z.iso.datetime(): UTC with a Z, seconds required, fractions optional, fields in range.
const ISO_INSTANT = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z$/;
// The enums' values from the schema itself.
const PERIODS: ReadonlySet<string> = new Set(SalaryFact.shape.period.unwrap().options);
const DEGREES: ReadonlySet<string> = new Set(Degree.unwrap().options);
const FORMATS: ReadonlySet<string> = new Set(PostingFormat.options);

const positiveInt = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n > 0;

function quoteProblem(q: Quote | null | undefined, field: string): string | null {
  if (q === null || q === undefined) return null;
  if (typeof q.text !== 'string') return `${field}: no text`;
  return positiveInt(q.line) ? null : `${field}: line ${q.line} is not a positive whole number`;
}

function dateProblem(d: string | null | undefined, field: string): string | null {
  return d === null || d === undefined || ISO_DATE.test(d) ? null : `${field}: '${d}' is not a YYYY-MM-DD date`;
}

function listProblem(list: Quote[], field: string): string | null {
  for (const q of list) {
    const p = quoteProblem(q, field);
    if (p) return p;
  }
  return null;
}

/** The first value of `p` the Posting schema would refuse, or null when it would take it all. */
export function postingProblem(p: Posting): string | null {
  if (!p.id) return 'id: empty';
  if (!p.title) return 'title: empty';
  if (!p.source.file) return 'source: no file';
  if (!positiveInt(p.source.line)) return `source: line ${p.source.line} is not a positive whole number`;
  for (const n of [p.source.page, p.source.pageLine])
    if (n !== undefined && !positiveInt(n)) return `source: page ${n} is not a positive whole number`;
  for (const n of p.pageStarts ?? []) if (!positiveInt(n)) return `pageStarts: ${n} is not a positive whole number`;
  if (!FORMATS.has(p.format)) return `format: '${p.format}' is not a format`;
  if (p.degree !== null && !DEGREES.has(p.degree)) return `degree: '${p.degree}' is not a degree`;
  const d = p.deadline;
  if (d?.at !== undefined && !ISO_INSTANT.test(d.at)) return `deadline: '${d.at}' is not an ISO instant`;
  const w = p.workload?.fte;
  if (w !== null && w !== undefined && !(w > 0 && w <= 1)) return `workload: ${w} FTE is not in (0, 1]`;
  const months = p.duration?.months;
  if (months !== null && months !== undefined && !(months > 0 && Number.isFinite(months)))
    return `duration: ${months} months is not positive`;
  const s = p.salary;
  if (s) {
    for (const n of [s.min, s.max])
      if (n !== null && !(n >= 0 && Number.isFinite(n))) return `salary: ${n} is not a non-negative amount`;
    if (s.currency !== null && s.currency.length !== 3) return `salary: '${s.currency}' is not a currency code`;
    if (s.period !== null && !PERIODS.has(s.period)) return `salary: '${s.period}' is not a period`;
  }
  return (
    dateProblem(d?.date, 'deadline') ??
    dateProblem(p.opens?.date, 'opens') ??
    dateProblem(p.posted?.date, 'posted') ??
    dateProblem(p.start?.from, 'start') ??
    dateProblem(p.start?.to, 'start') ??
    quoteProblem(p.location, 'location') ??
    quoteProblem(d, 'deadline') ??
    quoteProblem(p.rolling, 'rolling') ??
    quoteProblem(p.opens, 'opens') ??
    quoteProblem(p.closedNotice, 'closedNotice') ??
    quoteProblem(p.start, 'start') ??
    quoteProblem(p.posted, 'posted') ??
    quoteProblem(p.duration, 'duration') ??
    quoteProblem(p.workload, 'workload') ??
    quoteProblem(s, 'salary') ??
    listProblem(p.contacts, 'contacts') ??
    listProblem(p.requiredSkills, 'requiredSkills') ??
    listProblem(p.desiredSkills, 'desiredSkills') ??
    listProblem(p.duties, 'duties') ??
    listProblem(p.eligibility, 'eligibility') ??
    listProblem(p.documents, 'documents')
  );
}
