// The order of an all-numeric date whose day and month could swap (03/02/2022): decided by the
// posting's other dates, then its country, never guessed. Countries are data (data/date-order.json).
import order from './data/date-order.json' with { type: 'json' };

/** Counts of the posting's dates that show their order: 25/03/2022 or 03/25/2022, "7 August" or "August 7". */
export interface OrderEvidence {
  numericDm: number;
  numericMd: number;
  writtenDm: number;
  writtenMd: number;
}

const MONTH_FIRST = new Set(order.monthFirst);
const MIXED = new Set(order.mixed);

/** 'dm' (day first), 'md' (month first) or null when nothing decides. */
export function decideOrder(evidence: OrderEvidence, country: string | null): 'dm' | 'md' | null {
  // The posting's own numeric dates are the surest sign: they are written the same way.
  if (evidence.numericDm > 0 && evidence.numericMd === 0) return 'dm';
  if (evidence.numericMd > 0 && evidence.numericDm === 0) return 'md';
  if (evidence.numericDm > 0 && evidence.numericMd > 0) return null;
  if (country && MONTH_FIRST.has(country)) return 'md';
  if (country && !MIXED.has(country)) return 'dm';
  if (evidence.writtenDm > 0 && evidence.writtenMd === 0) return 'dm';
  if (evidence.writtenMd > 0 && evidence.writtenDm === 0) return 'md';
  return null;
}
