// The salary a posting states: the line that reads most like pay (a pay word, a period, a
// salary section), its amount or range, currency, period and net/gross.
import type { SalaryFact } from '../corpus/posting.ts';
import type { Entry } from '../corpus/role.ts';
import { continuedText } from './continued-text.ts';
import currencies from './currencies.json' with { type: 'json' };
import { findAmounts, type MoneyAmount, mayHoldCurrency } from './money-amounts.ts';
import words from './money-words.json' with { type: 'json' };
import { gradeRe } from './pay-scale.ts';
import { compilePhrases } from './phrase-regex.ts';

const payRe = compilePhrases(words.salary);
const payAllRe = compilePhrases(words.salary, 'gi');
// "an additional stipend", "a bonus allowance", "on top of full salary": pay beside
// the salary, not the salary (one word may stand between).
const qualifiedRe = new RegExp(
  `${compilePhrases(words.notSalaryQualifiers).source}(?:\\s+[A-Za-z\\u00C0-\\u024F-]+)?\\s+$`,
  'i',
);
const notPayRe = compilePhrases(words.notPay);
const periodRes = (['month', 'year', 'hour'] as const).map((p) => ({
  period: p,
  re: compilePhrases(words.period[p], 'gi'),
  test: compilePhrases(words.period[p]),
}));
const scheduleRe = compilePhrases(words.schedule, 'gi');
// "£30,000 rising to £34,000", "$40,000 in year one, increasing to $42,000".
const rangeWordRe = new RegExp(`^[^\\d€$£¥]{0,30}?${compilePhrases(words.rangeWords).source}\\s*$`, 'i');
const fromBeforeRe = new RegExp(`${compilePhrases(words.fromWords).source}\\s*$`, 'i');
// After "from": a short phrase without figures, then the word that leads to the upper end.
const TO_AFTER_PHRASE = /^[^\d€$£¥]{0,40}\s(?:to|bis|à|a|al)\s*$/i;
const netRe = compilePhrases(words.net);
const grossRe = compilePhrases(words.gross);

// What joins the two ends of a range: "54600 Euros à 57800 Euros", "£170000 to £180000".
// A dash may follow the word, as a form's template left it ("$93,175 to - $144,034").
const RANGE_JOIN = /^\s*(?:-|–|—|to|and|à|au|bis|und|et|e|y|a|until|up to)(?:\s*[-–—])?\s*$/i;
// The upper end written without its currency: "CHF 5,000 - 6,000", "$116,800 (128,500 ...)".
const BARE_UPPER = /^\s*(?:(?:-|–|—|to|à|bis)\s*|\(\s*)(\d{1,3}(?:[,.'’ ]\d{3})+|\d{3,})(?![\d.,]\d)/i;
// The lower end written without its currency: "65 000 - 75 000 CHF", "3.500 – 4.800 EUR".
const BARE_LOWER = /(?<![\d.,'’])(\d{1,3}(?:[,.'’ ]\d{3})+|\d{3,})\s*(?:-|–|—|to|à|bis)\s*$/i;
// "ranging between 5119 and 5631 Swiss Francs": "between" says the bare number is the lower end;
// "entre ~3000 et 4200€": an approximate one is still the lower end.
const BETWEEN_LOWER =
  /\b(?:between|zwischen|entre|tra|fra)\s+(?:[~≈]\s*)?(\d{1,3}(?:[,.'’ ]\d{3})+|\d{3,})\s+(?:and|und|et|e|y)\s*$/i;
// The other end of a range in thousands: "40-45k EUR", "€40k-45k", "k€40 à 45".
const K_LOWER = /(?<![\d.,'’])(\d{1,3}(?:[.,]\d)?)\s?[kK]?\s*(?:-|–|—|to|à|bis)\s*$/;
const K_UPPER = /^\s*(?:-|–|—|to|à|bis)\s*(\d{1,3}(?:[.,]\d)?)(?:\s?[kK](?![A-Za-z])|(?![\d.,]))/;
const thousandsOf = (s: string) => Math.round(Number(s.replace(',', '.')) * 1000);
const BARE_NUMBER = /(?<![\d.,])(\d{1,3}(?:[,.'’ ]\d{3})+|\d{3,7})(?:[.,](\d{1,2}))?(?![\d])/g;

const grouped = (s: string) => Number(s.replace(/[,.'’ ]/g, ''));

// "6,900 (Rs 5,60,000) to 7,800 (Rs 6,30,000) Swiss francs": a bracketed sum in another currency
// stands between a sum and its range's other end or its currency; read without it.
const CONVERSION =
  /\(\s*(?:(?:≈|~|approx\.?|ca\.?|about|roughly|around|i\.e\.?)\s*)?(?:[A-Z][A-Za-z]{0,2}\.?[$€£]?|[€£$¥₹])\s?(?:\d{1,3}(?:[,.'’ ]\d{2,3})+|\d{4,})(?:[.,]\d{1,2})?\s*\)/g;

/** The line without its bracketed conversions, when a sum stays outside them. */
function withoutConversions(t: string): string {
  if (!CONVERSION.test(t)) return t;
  CONVERSION.lastIndex = 0;
  const out = t.replace(CONVERSION, '').replace(/ {2,}/g, ' ');
  return findAmounts(out).length > 0 ? out : t;
}

// A sentence ends at a dot or semicolon before a capital ("25.000 euros. El salario"); not in
// "25.000" or "p.a. per".
const SENTENCE_END = /[.;]\s+(?=[A-Z\u00C0-\u00DE])/g;
// "In addition, a family allowance of 400 EUR may be paid": a later sentence
// that opens so adds to the pay before it.
const BESIDES_OPENER =
  /^\W*(?:in addition|additionally|furthermore|moreover|en outre|en plus|außerdem|zusätzlich|inoltre|además)\b/i;

/** The line's sentence that reads most like pay: where it starts, and its score (the first wins a tie). */
function payiestSentence(t: string, inSection: boolean): { at: number; score: number } {
  let best = { at: 0, score: Number.NEGATIVE_INFINITY };
  let at = 0;
  const ends = [...t.matchAll(SENTENCE_END)].map((m) => (m.index ?? 0) + m[0].length);
  for (const end of [...ends, t.length]) {
    const sentence = t.slice(at, end);
    const amounts = findAmounts(sentence);
    if (amounts.length && !(at > 0 && BESIDES_OPENER.test(sentence))) {
      const score = scoreLine(sentence, amounts, inSection);
      if (score > best.score) best = { at, score };
    }
    at = end;
  }
  return best;
}

interface Candidate {
  score: number;
  fact: SalaryFact;
  /** The first amount as written, with a few characters either side ("US" of "US$", "(USD)"). */
  written: string;
}

const DOLLAR_COUNTRIES = new Map(Object.entries(currencies.dollarCountries));
// A dollar written as the US one: "US$", "USD", "U.S. dollars".
const US_WRITTEN = /US|U\.S\./;

/**
 * `country`: the posting's stated country; `placeCountry`: the country of its place or host when
 * it names none. In a country with its own dollar (Australia, Canada...) a bare "$" or "dollars"
 * is that dollar, not the US one; where no country is known at all, its currency is unknown.
 */
export function extractSalary(
  entries: Entry[],
  country: string | null = null,
  placeCountry: () => string | null = () => country,
): SalaryFact | null {
  let best: Candidate | null = null;
  // Every line's first sum, for a period another line states ("£27,125 - £31,211 per annum" over
  // "Salary range: £27,125 to £31,211").
  const sums: Array<{ t: string; first: MoneyAmount }> = [];
  for (const [i, e] of entries.entries()) {
    const raw = e.text;
    if (raw.length > 1500 || !/\d/.test(raw)) continue;
    const t = raw.includes('(') && mayHoldCurrency(raw) ? withoutConversions(raw) : raw;
    let amounts = findAmounts(t);
    // The label's regex after the amounts: most lines with a digit hold no money.
    if (amounts.length === 0 && e.section !== 'salary' && e.kind !== 'label') continue;
    const inSection = e.section === 'salary' || (e.kind === 'label' && payRe.test(e.label ?? ''));
    const bare = amounts.length === 0 && inSection;
    if (bare) amounts = bareAmounts(t);
    if (amounts.length === 0) continue;
    sums.push({ t, first: amounts[0] as MoneyAmount });
    // "El centro recibe 25.000 euros por contrato. El salario será de 18.000 euros brutos anuales":
    // the line is read from its sentence that reads most like pay.
    const payiest = !bare && amounts.length > 1 && t.length > 80 ? payiestSentence(t, inSection) : null;
    const score = Math.max(scoreLine(t, amounts, inSection), payiest?.score ?? 0);
    if (score < 2 || (best && best.score >= score)) continue;
    const from = payiest?.at ?? 0;
    const part = from ? t.slice(from) : t;
    const own = from ? findAmounts(part) : amounts;
    const first = own[0] as MoneyAmount;
    best = {
      score,
      fact: factOf(e, part, own, part + continuedText(entries, i, 30).slice(raw.length)),
      written: part.slice(Math.max(0, first.start - 5), first.end + 6),
    };
  }
  let fact = best?.fact ?? null;
  if (fact && !fact.period) {
    const min = fact.min;
    const same = sums.find((x) => x.first.value === min && periodNearAfter(x.t, x.first.end, 30));
    if (same) fact = { ...fact, period: periodNear(same.t, same.first.end) };
  }
  if (!fact || !best || fact.currency !== 'USD' || US_WRITTEN.test(best.written)) return fact;
  const where = country ?? placeCountry();
  if (!where) return { ...fact, currency: null };
  const local = DOLLAR_COUNTRIES.get(where);
  return local ? { ...fact, currency: local } : fact;
}

/** How much a line reads like pay: a pay word, a period, a salary section, a line that is only money. */
function scoreLine(t: string, amounts: MoneyAmount[], inSection: boolean): number {
  let score = 0;
  const first = amounts[0] as MoneyAmount;
  let pay = false;
  let near = false;
  let besides = false;
  for (const m of t.matchAll(payAllRe)) {
    const i = m.index ?? 0;
    if (qualifiedRe.test(t.slice(Math.max(0, i - 32), i))) {
      besides = true;
      continue;
    }
    pay = true;
    // A pay word just before the amount: "an annual salary of $116,800"; not with a fee between
    // ("the scholarship application fee is 40 EUR").
    const end = i + m[0].length;
    if (i < first.start && first.start - end <= 35 && !notPayRe.test(t.slice(end, first.start))) near = true;
  }
  // "Grade 7: £38,205 to £46,974": a pay grade's code right before the amount says it is pay.
  if (!near && first.start > 0 && first.start < 60) {
    const g = gradeRe.exec(t.slice(0, first.start));
    if (g && first.start - (g.index + g[0].length) <= 3) pay = near = true;
  }
  // "on top of full salary, a supplemental award of $2,000": only pay beside the salary.
  if (besides && !pay) return 0;
  if (pay) score += near ? 4 : 2;
  // "$95,000 to $120,000 annually", "€3,100/month": a period right after the sum (or the range's
  // end) says pay as a pay word would; a period elsewhere in the line says less.
  const last = amounts[1] && amounts[1].start - first.end <= 12 ? amounts[1] : first;
  if (periodNearAfter(t, last.end, 12)) score += 2;
  else if (periodRes.some(({ test }) => test.test(t))) score += 1;
  if (inSection) score += 2;
  if (notPayRe.test(t)) score -= 2;
  let rest = t;
  for (const a of [...amounts].reverse()) rest = rest.slice(0, a.start) + rest.slice(a.end);
  if (rest.replace(/[\s\d.,:;()/-]/g, '').length <= 30) score += 1;
  return score;
}

/** A salary section's numbers without a currency ("Salary: 3,500 per month"); not years. */
function bareAmounts(t: string): MoneyAmount[] {
  const out: MoneyAmount[] = [];
  for (const m of t.matchAll(BARE_NUMBER)) {
    const value = grouped(m[1] ?? '') + (m[2] ? Number(`0.${m[2]}`) : 0);
    if (value >= 1900 && value <= 2100 && !m[2]) continue;
    out.push({ value, currency: '', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}

/**
 * `t`: the line (or its sentence) as read; `wrapped`: it with the start of the next line when that
 * continues it ("... 75,000 gross" / "per year").
 */
function factOf(e: Entry, t: string, amounts: MoneyAmount[], wrapped: string): SalaryFact {
  const first = amounts[0] as MoneyAmount;
  const upper = upperEnd(t, first, amounts[1]);
  const lower = lowerEnd(t, first);
  return {
    text: e.text,
    line: e.line,
    min: lower ?? first.value,
    max: upper ?? first.value,
    currency: first.currency || null,
    period: periodNear(t, first.end) ?? periodNear(wrapped, first.end),
    net: netOf(t),
  };
}

/** A bare lower end before the first amount, when it reads as the same kind of sum (not a year). */
function lowerEnd(t: string, first: MoneyAmount): number | null {
  if (first.thousands) {
    const k = K_LOWER.exec(t.slice(Math.max(0, first.start - 12), first.start));
    const v = k ? thousandsOf(k[1] ?? '') : 0;
    if (v) return v < first.value && v >= first.value * 0.3 ? v : null;
  }
  const before = t.slice(Math.max(0, first.start - 40), first.start);
  const m = BARE_LOWER.exec(before.slice(-24)) ?? BETWEEN_LOWER.exec(before);
  // "between 2026 and CHF 6,000": a year, not a sum.
  if (!m || /^(?:19|20)\d\d$/.test(m[1] ?? '')) return null;
  const v = grouped(m[1] ?? '');
  return v < first.value && v >= first.value * 0.3 ? v : null;
}

/** The range's upper end, when the next amount continues the first one (one amount in two currencies is not a range). */
function upperEnd(t: string, first: MoneyAmount, next: MoneyAmount | undefined): number | null {
  const after = t.slice(first.end);
  const k = first.thousands ? K_UPPER.exec(after) : null;
  if (k && (!next || next.start >= first.end + k[0].length)) {
    const v = thousandsOf(k[1] ?? '');
    if (v > first.value && v <= first.value * 3) return v;
  }
  const bare = BARE_UPPER.exec(after);
  if (bare && (!next || next.start > first.end + bare[0].length)) {
    const v = grouped(bare[1] ?? '');
    if (v > first.value) return v;
  }
  if (!next || next.currency !== first.currency || next.value <= first.value) return null;
  const between = t.slice(first.end, next.start);
  if (RANGE_JOIN.test(between) || rangeWordRe.test(between)) return next.value;
  // "from €2,901 in the first year to €3,707 in the fourth year".
  if (fromBeforeRe.test(t.slice(Math.max(0, first.start - 14), first.start)) && TO_AFTER_PHRASE.test(between))
    return next.value;
  // Two rates, each with its period ("346,00 euro mensili ... 690,00 euro al mese").
  const ratedAfter = (end: number) => periodNearAfter(t, end, 20);
  if (ratedAfter(first.end) && ratedAfter(next.end)) return next.value;
  return null;
}

// "18.000 euros brutos anuales", "CHF 7,000 net per month": a gross or net word before the period.
const GROSS_NET_LEAD = new RegExp(`^\\s*(?:${grossRe.source}|${netRe.source})`, 'i');

function periodNearAfter(t: string, from: number, within: number): boolean {
  const lead = GROSS_NET_LEAD.exec(t.slice(from, from + 16));
  const at = lead ? from + lead[0].length : from;
  const window = t.slice(at, at + within);
  return periodRes.some(({ test }) => test.test(window));
}

/** The period stated nearest the amount, after it first ("CHF 3,679 per month"), else anywhere in the line. */
function periodNear(t: string, at: number): SalaryFact['period'] {
  let best: { period: SalaryFact['period']; d: number } | null = null;
  // "payable in monthly instalments" says how a year's pay is paid out, not its period.
  const schedules = /instal|rat[ea]|mensualit|mensuellement|monatsrate|ausgezahlt|mensual|paid|payable/i.test(t)
    ? [...t.matchAll(scheduleRe)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const)
    : [];
  for (const { period, re } of periodRes) {
    for (const m of t.matchAll(re)) {
      const i = m.index ?? 0;
      if (schedules.some(([a, b]) => i >= a && i < b)) continue;
      const d = i >= at ? i - at : (at - i) * 2;
      if (!best || d < best.d) best = { period, d };
    }
  }
  return best?.period ?? null;
}

function netOf(t: string): boolean | null {
  const n = netRe.exec(t);
  const g = grossRe.exec(t);
  if (n && (!g || n.index < g.index)) return true;
  return g ? false : null;
}
