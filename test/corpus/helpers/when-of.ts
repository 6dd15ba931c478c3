// A posting's when-and-how-much facts in the flat shape the fixture tables of
// when-fixtures.test.ts and when-more-shapes.test.ts state them.
import type { Posting } from '../../../src/corpus/posting.ts';

export interface When {
  deadline: string | null;
  at?: string;
  /** A day, `'undated'` for a start without one, or null. */
  start: string | null;
  months: number | null;
  /** A fraction, `'unstated'` for a workload line without one, or null. */
  fte: number | 'unstated' | null;
  salary: [number | null, number | null, string | null, string | null] | null;
  scale?: true;
  posted?: string;
  rolling?: true;
  opens?: string;
  /** `check` names a line it could not read a fact from. */
  warned?: true;
}

/** `withCurrency` false leaves the currency out (null); `warned` is whether `check` warned of the file. */
export function whenOf(p: Posting, o: { withCurrency?: boolean; warned?: boolean } = {}): When {
  const s = p.salary;
  const w: When = {
    deadline: p.deadline?.date ?? null,
    start: p.start ? (p.start.from ?? 'undated') : null,
    months: p.duration?.months ?? null,
    fte: p.workload ? (p.workload.fte ?? 'unstated') : null,
    salary: s ? [s.min, s.max, o.withCurrency === false ? null : s.currency, s.period] : null,
  };
  if (p.deadline?.at) w.at = p.deadline.at;
  if (p.payScale) w.scale = true;
  if (p.posted) w.posted = p.posted.date;
  if (p.rolling) w.rolling = true;
  if (p.opens) w.opens = p.opens.date;
  if (o.warned) w.warned = true;
  return w;
}
