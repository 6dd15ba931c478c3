// The contract's length in months: "up to five years", "2-4 years" (the lower bound), "12-month
// fellowship", "four weeks", "36 mesi", "für drei Jahre", "durée : entre 3 et 6 ans". A length that
// is experience, an age, a time since graduation or an extension is not the contract's.
import type { DurationFact } from '../corpus/posting.ts';
import type { Entry } from '../corpus/role.ts';
import { continuedText, continues } from './continued-text.ts';
import words from './duration-words.json' with { type: 'json' };
import { HINT_DURATION, HINT_PERMANENT, hints, lowerOf } from './line-hints.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { compilePhrases } from './phrase-regex.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(esc)
    .join('|');

const UNIT_OF = new Map<string, 'year' | 'month' | 'week'>();
for (const unit of ['year', 'month', 'week'] as const)
  for (const w of words.units[unit]) UNIT_OF.set(w.toLowerCase(), unit);

const AMOUNT = `(\\d{1,3}(?:[.,]\\d)?|${alternation(Object.keys(NUMBER_WORDS))})`;
const JOIN = `(?:\\s*[-–—]\\s*|\\s+(?:${alternation(words.rangeJoins)})\\s+)`;
// Units first, then the amount just before each: the amount's hundred number words tried at
// every position of every line cost ten times more.
const unitRe = new RegExp(
  `(?<![A-Za-z\\u00C0-\\u024F])(?:${alternation([...UNIT_OF.keys()])})(?![A-Za-z\\u00C0-\\u024F])`,
  'gi',
);
const amountBeforeRe = new RegExp(
  `(?<![A-Za-z0-9\\u00C0-\\u024F.,])${AMOUNT}(?:${JOIN}${AMOUNT})?(?:\\s*[-–]\\s*|\\s+)(?:(?:${alternation(words.unitAdjectives)})\\s+)?$`,
  'i',
);

const contractRe = compilePhrases(words.contract);
const notAfterRe = new RegExp(`^[\\s'’,]*${compilePhrases(words.notContractAfter).source}`, 'i');
// "Experience Level: 5-10 years": a label's colon may stand between the cue and the length.
const notBeforeRe = new RegExp(`${compilePhrases(words.notContractBefore).source}[\\s,(:]*$`, 'i');
const permanentRe = compilePhrases(words.permanent);
const notPermanentRe = compilePhrases(words.notPermanent, 'gi');
/** Whether the line says the contract is permanent: a permanent word besides those of residence. */
const saysPermanent = (t: string) => permanentRe.test(t) && permanentRe.test(t.replace(notPermanentRe, ' '));
const maximumRe = new RegExp(`${compilePhrases(words.maximumBefore).source}[\\s,(:]*$`, 'i');
const pastRe = compilePhrases(words.pastAfter);
const extensionRe = compilePhrases(words.extensionCues);
const leaveRe = compilePhrases(words.leaveWords);
const fixed = Object.entries(words.fixedPhrases).map(([phrase, months]) => ({ re: compilePhrases([phrase]), months }));
const heldRe = compilePhrases(words.heldBefore);
const ADJECTIVE_MONTHS = new Map(Object.entries(words.adjectiveLengths).map(([w, m]) => [w.toLowerCase(), m]));
const adjectiveRe = compilePhrases(Object.keys(words.adjectiveLengths), 'gi');

const numberOf = (s: string): number => NUMBER_WORDS[s.toLowerCase()] ?? Number(s.replace(',', '.'));

function monthsOf(n: number, unit: 'year' | 'month' | 'week'): number {
  if (unit === 'year') return n * 12;
  if (unit === 'month') return n;
  return Math.round(((n * 7) / 30.4375) * 100) / 100;
}

interface Found {
  months: number;
  /** 1: a duration section or label, 2: a contract word beside it, 3: the length alone, 4: an extension. */
  rank: number;
}

/** The sentence's words before `at` (at most 80 characters). */
function sentenceBefore(t: string, at: number): string {
  const s = t.slice(Math.max(0, at - 80), at);
  const end = Math.max(s.lastIndexOf('. '), s.lastIndexOf('; '));
  return end >= 0 ? s.slice(end + 2) : s;
}

/** The contract lengths of one line, each ranked by how surely it is the contract's. */
function lengthsIn(e: Entry, t: string): Found[] {
  const out: Found[] = [];
  const labelled = e.section === 'duration' || (e.kind === 'label' && contractRe.test(e.label ?? ''));
  let onLeave: boolean | null = null;
  for (const u of t.matchAll(unitRe)) {
    const unit = UNIT_OF.get(u[0].toLowerCase());
    const unitAt = u.index ?? 0;
    const m = amountBeforeRe.exec(t.slice(Math.max(0, unitAt - 40), unitAt));
    if (!unit || !m) continue;
    const a = numberOf(m[1] ?? '');
    const b = m[2] ? numberOf(m[2]) : a;
    if (!(a > 0) || !(b > 0)) continue;
    const start = unitAt - m[0].length;
    const end = unitAt + u[0].length;
    const before = t.slice(Math.max(0, start - 40), start);
    const after = t.slice(end, end + 30);
    if (notAfterRe.test(after)) continue;
    // "for a period of not more than 36 months": a bound is the contract's after a contract word.
    let capped = false;
    if (notBeforeRe.test(before)) {
      const cap = maximumRe.exec(before);
      const capAt = Math.max(0, start - 40) + (cap?.index ?? 0);
      if (!cap || !contractRe.test(sentenceBefore(t, capAt).slice(-40))) continue;
      capped = true;
    }
    // "not open to anyone who has already held such grants for five years": a limit.
    if (heldRe.test(sentenceBefore(t, start))) continue;
    // "A three-year start-up phase began in 2023": a past phase, not the contract.
    const rest = after.split(/[.;]\s/)[0] ?? '';
    if (pastRe.test(rest)) continue;
    // "Maternity (18 months for each child, up to a maximum of 4.5 years)": a leave, not the contract.
    onLeave ??= leaveRe.test(t);
    if (onLeave && leaveRe.test(t.slice(Math.max(0, start - 160), start + 60))) continue;
    const months = monthsOf(Math.min(a, b), unit);
    if (months > 120) continue;
    const cue = capped || contractRe.test(before) || contractRe.test(after.slice(0, 25));
    // "may be extended up to five years": what the contract may grow to ranks below any other length.
    const extension = extensionRe.test(sentenceBefore(t, start));
    out.push({ months, rank: extension ? 4 : labelled ? 1 : cue ? 2 : 3 });
  }
  for (const f of fixed) if (f.re.test(t)) out.push({ months: f.months, rank: 2 });
  // "assegni biennali", "di durata triennale": a length in one word after a contract word.
  for (const a of t.matchAll(adjectiveRe)) {
    const months = ADJECTIVE_MONTHS.get(a[0].toLowerCase());
    const at = a.index ?? 0;
    if (months && contractRe.test(sentenceBefore(t, at).slice(-40))) out.push({ months, rank: labelled ? 1 : 2 });
  }
  return out;
}

/** A line that may say a length in one word ("biennale", "bienal", "durata annuale"): substring tests. */
function oneWordLength(e: Entry): boolean {
  const lo = lowerOf(e);
  return lo.includes('nnal') || lo.includes('enal') || lo.includes('annual');
}

export function extractDuration(entries: Entry[]): DurationFact | null {
  let best: { fact: DurationFact; rank: number } | null = null;
  let permanent: DurationFact | null = null;
  for (const [i, e] of entries.entries()) {
    const t = e.text;
    if (t.length > 1500) continue;
    const next = entries[i + 1];
    // The wrapped text only for a line that may say a length: most lines say none.
    if (hints(e, HINT_DURATION) || (next && continues(e, next) && hints(next, HINT_DURATION)) || oneWordLength(e)) {
      for (const f of lengthsIn(e, continuedText(entries, i)))
        if (!best || f.rank < best.rank) best = { fact: { text: t, line: e.line, months: f.months }, rank: f.rank };
    } else if (!permanent && hints(e, HINT_PERMANENT) && saysPermanent(t) && contractRe.test(t)) {
      permanent = { text: t, line: e.line, months: null };
    }
  }
  return best?.fact ?? permanent;
}
