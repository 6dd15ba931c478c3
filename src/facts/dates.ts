// Dates with roles: deadline (with its time and zone when stated), start (a day or a range), end
// of contract, posted/revised; interview dates are read and left out. Only sentences that can
// hold a date AND carry a cue word are read, so a large corpus stays fast and an unrelated date
// is never taken for a deadline. Written forms are read by read-dates.ts; chrono-node only reads
// what that finds nothing in, and the fast path spares it the sentences chrono would read as we do.
import * as chrono from 'chrono-node/en';
import type { DateFact, DeadlineFact, DurationFact, Quote, StartFact } from '../corpus/posting.ts';
import type { Entry } from '../corpus/role.ts';
import { instantOf } from '../time/zoned.ts';
import closed from './closed-cues.json' with { type: 'json' };
import cues from './cues.json' with { type: 'json' };
import months from './data/months.json' with { type: 'json' };
import { fastDates } from './date-fast-path.ts';
import { decideOrder, type OrderEvidence } from './date-order.ts';
import { type DayOfYear, mayHoldDate, readWrittenDates, type WrittenDate } from './read-dates.ts';
import { countryZone, readTimeNear } from './read-time.ts';

/** `opens`: when applications start being taken ("applications open on 1 March"). */
/** `review`: when applications start being read ("review of applications begins on"): no deadline. */
/** `cutoff`: the bound of an eligibility rule ("a PhD obtained on or after 1 May 2019"): no date of the post. */
export type DateRole = 'deadline' | 'opens' | 'start' | 'end' | 'posted' | 'interview' | 'review' | 'cutoff';

/** What extractDates knows of the posting beyond its text. */
export interface DateHint {
  /** The posting's country (English short name): the order of 03/02/2022 and a bare time's zone. */
  country?: string | null;
  /** The country of the posting's place or host when it names none: a bare time's zone only. */
  placeCountry?: () => string | null;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LATIN = /^[A-Za-z0-9\u00C0-\u024F]/;
const WORD = 'A-Za-z\\u00C0-\\u024F0-9';
/**
 * Phrases as one regex alternation, longest first: word boundaries around those written in Latin
 * letters (one pair for all: a pair per phrase made the regex slow to compile), none for CJK.
 */
function alternation(phrases: string[]): string {
  const body = (list: string[]) =>
    [...list]
      .sort((a, b) => b.length - a.length)
      .map((p) => esc(p).replace(/\s+/g, '\\s+'))
      .join('|');
  const latin = phrases.filter((p) => LATIN.test(p));
  const other = phrases.filter((p) => !LATIN.test(p));
  const bounded = `(?<![${WORD}])(?:${body(latin)})(?![${WORD}])`;
  return other.length ? `${bounded}|${body(other)}` : bounded;
}

interface Cue {
  role: DateRole;
  /** "as of" says when a salary applies as often as when a job starts. */
  weak: boolean;
  /** "extended to": a later deadline that replaces the one stated before it. */
  later?: boolean;
}
const CUES = new Map<string, Cue>();
const addCues = (list: string[], role: DateRole, weak = false) => {
  for (const c of list) if (!CUES.has(c.toLowerCase())) CUES.set(c.toLowerCase(), { role, weak });
};
for (const c of cues.dates.deadlineLater) CUES.set(c.toLowerCase(), { role: 'deadline', weak: false, later: true });
addCues(cues.dates.deadline, 'deadline');
addCues(cues.dates.opens, 'opens');
addCues(cues.dates.interview, 'interview');
addCues(cues.dates.review, 'review');
addCues(cues.dates.cutoff, 'cutoff');
addCues(cues.dates.end, 'end');
addCues(cues.dates.start, 'start');
addCues(cues.dates.startWeak, 'start', true);
addCues(cues.dates.posted, 'posted');
const CUE_RE = new RegExp(alternation([...CUES.keys()]), 'gi');
const LATER_RE = new RegExp(alternation(cues.dates.deadlineLater), 'i');
const BETWEEN_RE = /\b(?:between|from|zwischen|entre|tra|fra)\s+(?:(?:the|dem|der|le|la|l'|il|el)\s*)?$/i;
const AND_RE = /\s(?:and|to|until|und|bis|et|e|y)\s+(?:(?:the|dem|le|il|el)\s+)?\S*$/i;
// "Appl Deadline: finished (2026/09/23, ...)": a board's status, not the deadline.
const STATUS_VALUE_RE = new RegExp(`^[^:]*:\\s*(?:${alternation(closed.statusValues)})(?![\\p{L}])`, 'iu');
// "by Friday, 22 January": a weekday may stand between the word and the date.
const BY_RE = new RegExp(
  `(?:${alternation(cues.dates.byWords)})[\\s*_]*(?:(?:the|le|il|el|am|dem|den)\\s+)?(?:(?:${alternation(months.weekdays)})\\.?,?\\s+(?:(?:the|le|il|el|den)\\s+)?)?$`,
  'i',
);
// "entro le 23.59 del 10 marzo", "by 5 pm on 3 March": a time between the word and the date.
const TIME_TAIL =
  /\s*(?<![A-Za-z\u00C0-\u024F])(?:(?:alle|le|las|la|at|um|à|a\s+las)\s+)?(?:ore\s+)?\d{1,2}(?:[:.h]\s?\d{2})?\s*(?:uhr|h|heures?|[ap]\.?m\.?|hrs)?\s*(?:\([^)]{0,30}\)\s*|[A-Z]{2,4}\s+)?(?:del|dell['’]|of|on|am|le|du|de|el)\s*$/i;
const APPLY_RE = new RegExp(alternation(cues.dates.applyWords), 'i');
const PERIOD_RE = new RegExp(alternation(cues.dates.workPeriod), 'i');
const CONTRACT_RE = new RegExp(alternation(cues.dates.contract), 'i');
// Every sentence that can give a date a role holds one of these.
const ANY_CUE = new RegExp(`${alternation([...CUES.keys()])}|${alternation(cues.dates.byWords)}`, 'i');
const UNTIL_RE = /(?:until|till|to|bis|fino\s+al|hasta(?:\s+el)?|jusqu['’]au)[\s*_]*$/i;
const MONEY_RE =
  /[$€£¥]|\b(?:CHF|EUR|USD|GBP|JPY|salary|stipend|remuneration|salaire|gehalt|vergütung|entgelt|stipendio|importo|salario|retribución)\b/i;

const BETWEEN = /\bbetween(\s+[^.;]{3,40}?\s+)and(\s)/gi;

// A dot after these ends no sentence ("Ms. Guo", "Dec. 31", "04. January").
const NO_END = new Set<string>(months.notSentenceEnd);
for (const list of Object.values(months.abbreviations))
  for (const entry of list) for (const a of Array.isArray(entry) ? entry : [entry]) NO_END.add(a);
// Nor after a weekday's abbreviation ("before Mon. 8 February").
for (const w of months.weekdays) if (w.length <= 4) NO_END.add(w);
const BOUNDARY = /[.!?;](?=\s|$)/g;
const SPLIT = /[.!?;]\s+(?=[A-Z\u00C0-\u00DE*\d])/g;

function endsSentence(text: string, at: number): boolean {
  if (text[at] !== '.') return true;
  let k = at;
  while (k > 0 && /[A-Za-z\u00C0-\u024F0-9.]/.test(text[k - 1] as string)) k--;
  const word = text.slice(k, at).toLowerCase();
  return word.length > 1 && !/^\d{1,2}$/.test(word) && !NO_END.has(word);
}

/** Sentences of a line (a label line stays whole), at most 600 characters each. */
function sentences(text: string): string[] {
  if (text.length <= 160) return [text];
  const out: string[] = [];
  let start = 0;
  for (const m of text.matchAll(SPLIT)) {
    if (!endsSentence(text, m.index)) continue;
    out.push(text.slice(start, m.index + 1).slice(0, 600));
    start = m.index + m[0].length;
  }
  out.push(text.slice(start).slice(0, 600));
  return out;
}

/** `entry` goes on with the sentence of the line before it (a hard-wrapped paragraph). */
function continued(before: Entry | undefined, entry: Entry): boolean {
  if (before?.kind !== 'text' || entry.kind !== 'text' || before.line !== entry.line - 1) return false;
  return !/[.!?:;]\s*$/.test(before.text) && /^[\s(]*[a-z\u00DF-\u024F(]/.test(entry.text);
}

/** The sentence `before` ends in. */
function lastSentence(before: string): string {
  let from = 0;
  for (const m of before.matchAll(BOUNDARY)) if (endsSentence(before, m.index)) from = m.index + 1;
  return before.slice(from);
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

interface RoleScore {
  role: DateRole;
  score: number;
  /** A range in a sentence about a period of work ("during the period from ... to ..."). */
  period: boolean;
  /** The sentence is about the contract ("contract from ... until ..."). */
  contract: boolean;
}

// Turkish "İ" (U+0130) is no "i" to a case-insensitive regex: read "İlan tarihi" as "Ilan tarihi",
// one character for one, so that every offset stays.
const foldDottedI = (s: string) => (s.includes('\u0130') ? s.replaceAll('\u0130', 'I') : s);

const cueOf = (m: RegExpExecArray) => CUES.get(m[0].toLowerCase().replace(/\s+/g, ' '));

/**
 * The roles a short entry labels the next one with: the cue it ends with ("Closing date",
 * "3. Starting date of employment:"), or, for a table's header row flattened into a line
 * ("Published Deadline Location"), one role per column: the k-th date below takes the k-th.
 */
function labelRoles(entry: Entry | undefined): DateRole[] {
  if (!entry || entry.text.length > 80 || /\d{3}/.test(entry.text)) return [];
  // The colon stays: "Closing:" and "Eintritt:" are cues with it.
  const t = foldDottedI(entry.text).replace(/[\s*_#|]+$/, '');
  const found: Array<{ role: DateRole; end: number }> = [];
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(t); m; m = CUE_RE.exec(t)) {
    const cue = cueOf(m);
    if (cue && !cue.weak) found.push({ role: cue.role, end: m.index + m[0].length });
  }
  const last = found[found.length - 1];
  if (!last) return [];
  if (found.length > 1) return found.map((f) => f.role);
  return last.end >= t.length - 2 ? [last.role] : [];
}

/** The role of the last strong cue in `near` (the words right before a date), if any. */
function nearCueRole(near: string): DateRole | null {
  let role: DateRole | null = null;
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(near); m; m = CUE_RE.exec(near)) {
    const cue = cueOf(m);
    if (cue && !cue.weak) role = cue.role;
  }
  return role;
}

/** The role of a date at `index` in `text`, from the nearest cue before it (same sentence). */
const LEAD_WORD = /^(?:on|am|le|el|il|the)\s+/i;

function roleAt(text: string, date: ReadDate, entry: Entry, label: DateRole | null): RoleScore | null {
  // A date read with its preposition ("on 5 January") leaves the cue's last word inside it:
  // "Applications closed | on 5 January 2027" is read with "on".
  const lead = LEAD_WORD.exec(date.written)?.[0].length ?? 0;
  const sentence = lastSentence(text.slice(Math.max(0, date.index - 160), date.index + lead));
  const period = date.rangeEnd !== null && PERIOD_RE.test(sentence);
  const contract = CONTRACT_RE.test(sentence) || entry.section === 'duration';
  const of = (role: DateRole, score: number): RoleScore => ({ role, score, period, contract });
  if (entry.kind === 'label' && (entry.section === 'deadline' || entry.section === 'start')) {
    // "Deadline: 2027/01/15 (posted 2026/10/01)": another role's word right before a date.
    const own = nearCueRole(sentence.slice(-24));
    if (own && own !== entry.section) return of(own, 3);
    if (entry.section === 'deadline' && STATUS_VALUE_RE.test(entry.text)) return null;
    return of(entry.section, 3 + (entry.section === 'deadline' && LATER_RE.test(sentence) ? 0.5 : 0));
  }
  let best: { cue: Cue; at: number } | null = null;
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(sentence); m; m = CUE_RE.exec(sentence)) {
    const cue = cueOf(m);
    // "as of April 1" in a salary clause dates the salary, not the start; "à partir du 1er
    // décembre" in a sentence about applications is when they are taken.
    if (cue?.weak && (entry.section === 'salary' || MONEY_RE.test(text) || APPLY_RE.test(sentence))) continue;
    // "a Ph.D. within the past 10 years (as of April 1, 2016)": a bracketed "as of" dates the clause
    // before it, not the start.
    if (cue?.weak && /\(\s*$/.test(sentence.slice(0, m.index))) continue;
    if (cue) best = { cue, at: m.index };
  }
  // "experience between the start of the PhD programme and 1 September 2027", "from the start of
  // the contract to 31 May 2029": the date closes a window a start word opened, not the start.
  if (best?.cue.role === 'start' && BETWEEN_RE.test(sentence.slice(Math.max(0, best.at - 16), best.at))) {
    if (AND_RE.test(sentence.slice(best.at))) return null;
  }
  if (best) return of(best.cue.role, (best.cue.weak ? 1 : entry.kind === 'label' ? 3 : 2) + (best.cue.later ? 0.5 : 0));
  if (label) return of(label, 3);
  const applying = APPLY_RE.test(sentence);
  // "Apply now until December 1st", "sind bis 31. Oktober online möglich": an application word,
  // then "by" / "until" / "bis" / "entro" right before the date.
  if (applying && (BY_RE.test(sentence) || BY_RE.test(sentence.replace(TIME_TAIL, '')))) return of('deadline', 1.8);
  // "The application period will be open from August 28 to September 15": it closes at the end.
  if (date.rangeEnd && applying) return of('deadline', 1.8);
  // "a fixed-term appointment until 31 December 2028": the contract's last day.
  if ((entry.section === 'duration' || contract) && UNTIL_RE.test(sentence)) return of('end', 1);
  // "During the period from 13 June to 9 September 2016", "the contract runs from ... to ...":
  // when the work starts (and ends).
  if (period || (date.rangeEnd && contract)) return of('start', 1.5);
  // A date standing alone in its own section ("Starting date" / "April 1, 2018").
  const alone = entry.text.length <= 60;
  if (entry.section === 'deadline') return of('deadline', alone ? 2.5 : 1);
  if (entry.section === 'start') return of('start', alone ? 2.5 : 1);
  return null;
}

/** A date read from a sentence: its month is certain, its day null when not stated. */
interface ReadDate extends DayOfYear {
  index: number;
  end: number;
  rangeEnd: DayOfYear | null;
  order: WrittenDate['order'];
  written: string;
}

/**
 * The fast path's reading when it has one (one regex, exact for the commonest forms), else the
 * written-date reader's, else chrono's (only in a sentence with a cue word).
 */
function readDates(text: string, reference: Date, withChrono: boolean): ReadDate[] {
  // chrono reads "X to Y" as a range but "between X and Y" as two dates: rewrite the latter
  // in place, keeping every offset (roleAt reads cue words at the same indices).
  const ranged = /between/i.test(text)
    ? text.replace(BETWEEN, (_m, mid: string, sp: string) => `       ${mid}to ${sp}`)
    : text;
  const plain = (index: number, end: number, year: number, month: number, day: number | null): ReadDate => ({
    index,
    end,
    year,
    month,
    day,
    rangeEnd: null,
    order: 'dm',
    written: text.slice(index, end),
  });
  const fast = fastDates(ranged);
  if (fast) return fast.map((f) => plain(f.index, f.end, f.year, f.month, f.day));
  const written = readWrittenDates(text);
  if (written.length || !withChrono) return written;
  let results: chrono.ParsedResult[];
  try {
    results = chrono.parse(ranged, reference);
  } catch {
    return [];
  }
  const out: ReadDate[] = [];
  for (const r of results) {
    const s = r.start;
    // A bare year ("in 2022") is not a date a role can be judged by; an all-numeric one ("3/4")
    // chrono reads month-first whatever the posting's country.
    if (!s.isCertain('month') || !/[A-Za-z\u00C0-\u024F]/.test(r.text)) continue;
    const y = s.get('year');
    const m = s.get('month');
    if (!y || !m) continue;
    const d = plain(r.index, r.index + r.text.length, y, m, s.isCertain('day') ? (s.get('day') ?? 1) : null);
    if (r.end) {
      const em = r.end.get('month') ?? m;
      d.rangeEnd = {
        year: r.end.get('year') ?? y,
        month: em,
        day: r.end.isCertain('day') ? (r.end.get('day') ?? 1) : null,
      };
    }
    out.push(d);
  }
  return out;
}

export interface DateFacts {
  deadline: DeadlineFact | null;
  /** When applications open: an "opens" cue's date, or the first day of an application window. */
  opens: DateFact | null;
  start: StartFact | null;
  posted: DateFact | null;
  /** The end of the contract ("until March 31, 2021", "from 13 June to 9 September"). */
  end: DateFact | null;
  /** Months from the start to the end of the contract, when both are stated to the day. */
  contract: DurationFact | null;
  /** Numeric dates whose day and month could not be told apart: no date was taken from them. */
  undecided: Quote[];
}

interface Candidate {
  role: RoleScore;
  date: ReadDate;
  entry: Entry;
  sentence: string;
}

/** The posting's own evidence on day-month order, read only when a date needs it. */
function orderEvidence(entries: Entry[]): OrderEvidence {
  const e: OrderEvidence = { numericDm: 0, numericMd: 0, writtenDm: 0, writtenMd: 0 };
  for (const entry of entries) {
    if (entry.text.length > 5000 || !/\d/.test(entry.text) || !mayHoldDate(entry.text)) continue;
    for (const d of readWrittenDates(entry.text)) {
      const numeric = /^\d/.test(d.written) && !/[A-Za-z\u00C0-\u024F]/.test(d.written);
      if (d.order === 'dm' && d.day !== null) numeric ? e.numericDm++ : e.writtenDm++;
      else if (d.order === 'md') numeric ? e.numericMd++ : e.writtenMd++;
    }
  }
  return e;
}

/** Whole months (and the fraction of one) from `from` to the end of the day `to`. */
function monthsBetween(from: string, to: string): number {
  const [y1, m1, d1] = from.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000);
  const months = (next.getUTCFullYear() - y1) * 12 + (next.getUTCMonth() + 1 - m1) + (next.getUTCDate() - d1) / 30.44;
  return Math.round(months * 100) / 100;
}

/** The dates of a role's entries (headings included: they label the entries below them). */
export function extractDates(entries: Entry[], reference: Date, hint: DateHint = {}): DateFacts {
  const candidates: Candidate[] = [];
  let prev: Entry | undefined;
  for (const entry of entries) {
    const before = prev;
    prev = entry;
    if (entry.text.length > 5000 || !/\d/.test(entry.text) || !mayHoldDate(entry.text)) continue;
    const labels = labelRoles(before);
    const sectionCue =
      entry.section === 'deadline' || entry.section === 'start' || entry.kind === 'label' || labels.length > 0;
    // A hard-wrapped sentence ("Please send your application ... /  to x@y.org by 26 February")
    // starts on the line before: its cue words count, its dates are that line's own.
    const carried = continued(before, entry) ? `${lastSentence(foldDottedI((before as Entry).text))} ` : '';
    // Only the sentences that can hold a date and carry a cue are read.
    for (const [n, own] of sentences(foldDottedI(entry.text)).entries()) {
      // A short entry is one sentence, tested just above.
      if (own.length !== entry.text.length && !mayHoldDate(own)) continue;
      const from = n === 0 ? carried.length : 0;
      const text = n === 0 ? carried + own : own;
      const cued = sectionCue || entry.section === 'duration' || ANY_CUE.test(text);
      // A range in a sentence about applications or a period of work needs no cue word ("the
      // application period will be open from August 28 to September 15"); chrono is spared those.
      if (!cued && !APPLY_RE.test(text) && !PERIOD_RE.test(text) && !CONTRACT_RE.test(text)) continue;
      let k = 0;
      for (const date of readDates(text, reference, cued)) {
        if (date.index < from) continue;
        const label = labels.length > 1 ? (labels[k] ?? null) : (labels[0] ?? null);
        k++;
        const role = roleAt(text, date, entry, label);
        if (role && role.role !== 'interview' && role.role !== 'review' && role.role !== 'cutoff')
          candidates.push({ role, date, entry, sentence: text });
      }
    }
  }
  const undecided: Quote[] = [];
  let evidence: OrderEvidence | null = null;
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (c.date.order !== 'swappable') {
      kept.push(c);
      continue;
    }
    evidence ??= orderEvidence(entries);
    const order = decideOrder(evidence, hint.country ?? null);
    if (order === null) {
      undecided.push({ text: c.date.written, line: c.entry.line });
      continue;
    }
    if (order === 'md') {
      const swap = (d: DayOfYear): DayOfYear => ({ year: d.year, month: d.day as number, day: d.month });
      c.date = { ...c.date, ...swap(c.date), rangeEnd: c.date.rangeEnd ? swap(c.date.rangeEnd) : null };
    }
    kept.push(c);
  }
  const yearOf = yearFiller(kept, reference);
  const best: Partial<Record<DateRole, Candidate>> = {};
  for (const c of kept) {
    const was = best[c.role.role];
    if (!was || c.role.score > was.role.score) best[c.role.role] = c;
  }
  // "Applications open from 1 March to 30 April": a window closes on its last day.
  const found = best.deadline ?? (best.opens?.date.rangeEnd ? best.opens : undefined);
  // "bis zum 31. März bzw. 30. September" in a posting that dates nothing with a year: a yearly
  // round, or a year the text leaves out; the parser's own reference year would be a guess.
  const closing = found && kept.some((k) => k.date.year !== null) ? found : undefined;
  let deadline = closing ? deadlineFact(closing, yearOf, hint) : null;
  // "Bewerbungsschluss ist der 15. Januar 2027" and "... bis zum 15.01.2027, 12 Uhr": the time
  // another line states for the same day.
  if (deadline && !deadline.at)
    for (const c of kept) {
      if (c === closing || c.role.role !== 'deadline') continue;
      const other = deadlineFact(c, yearOf, hint);
      if (other.at && other.date === deadline.date) {
        deadline = { ...deadline, at: other.at };
        break;
      }
    }
  const opens = opensFact(best.opens ?? best.deadline, yearOf, deadline);
  const st = best.start;
  let start: StartFact | null = null;
  let end: DateFact | null = best.end ? endFact(best.end, yearOf) : null;
  if (st) {
    const d = st.date;
    const y = yearOf(d);
    const from = iso(y, d.month, d.day ?? 1);
    let to: string | null = null;
    const r = d.rangeEnd;
    if (r && (st.role.period || st.role.contract) && d.day !== null && r.day !== null) {
      // "During the period from 13 June to 9 September": the job starts, and ends, on those days.
      end ??= { text: st.entry.text, line: st.entry.line, date: iso(r.year ?? y, r.month, r.day) };
    } else if (r) {
      to = iso(r.year ?? y, r.month, r.day ?? lastDay(r.year ?? y, r.month));
    } else if (d.day === null) {
      to = iso(y, d.month, lastDay(y, d.month));
    }
    start = { text: st.entry.text, line: st.entry.line, from, to };
  }
  const posted = best.posted
    ? (() => {
        const d = best.posted.date;
        const y = yearOf(d);
        return { text: best.posted.entry.text, line: best.posted.entry.line, date: iso(y, d.month, d.day ?? 1) };
      })()
    : null;
  let contract: DurationFact | null = null;
  // Only a contract's own dates give its length: a period of work may hold a shorter contract.
  const contractEnd = best.end ?? (st?.role.contract ? st : undefined);
  if (start?.from && end && contractEnd && !start.to && st?.date.day !== null && end.date > start.from)
    contract = { text: end.text, line: end.line, months: monthsBetween(start.from, end.date) };
  return { deadline, opens, start, posted, end, contract, undecided };
}

/**
 * The year of a date written without one: that of the posting's other dates (the latest), else
 * the one that puts it nearest the reference day.
 */
function yearFiller(kept: Candidate[], reference: Date): (d: DayOfYear) => number {
  let latest = 0;
  for (const c of kept) if (c.date.year !== null && c.date.year > latest) latest = c.date.year;
  return (d) => {
    if (d.year !== null) return d.year;
    if (latest) return latest;
    const ry = reference.getUTCFullYear();
    const delta = d.month - (reference.getUTCMonth() + 1);
    return delta > 6 ? ry - 1 : delta < -6 ? ry + 1 : ry;
  };
}

/**
 * The day applications open: an "opens" cue's date, or the first day of a window the deadline
 * closes ("open from August 28 to September 15"); never after the deadline.
 */
function opensFact(
  c: Candidate | undefined,
  yearOf: (d: DayOfYear) => number,
  deadline: DateFact | null,
): DateFact | null {
  if (!c || c.date.day === null) return null;
  if (c.role.role === 'deadline' && !c.date.rangeEnd) return null;
  // "from August 28 to September 15, 2017": the window's first day takes its last day's year.
  const r = c.date.rangeEnd;
  const y = c.date.year ?? (r?.year != null ? (c.date.month > r.month ? r.year - 1 : r.year) : yearOf(c.date));
  const date = iso(y, c.date.month, c.date.day);
  if (deadline && date >= deadline.date) return null;
  return { text: c.entry.text, line: c.entry.line, date };
}

function endFact(c: Candidate, yearOf: (d: DayOfYear) => number): DateFact {
  const d = c.date.rangeEnd ?? c.date;
  const y = d.year ?? yearOf(c.date);
  return { text: c.entry.text, line: c.entry.line, date: iso(y, d.month, d.day ?? lastDay(y, d.month)) };
}

/** The deadline: a range's last day, a month's last day, and the instant when a time is stated. */
function deadlineFact(c: Candidate, yearOf: (d: DayOfYear) => number, hint: DateHint): DeadlineFact {
  const fact: DeadlineFact = endFact(c, yearOf);
  const d = c.date;
  if ((d.rangeEnd ?? d).day === null || d.end <= d.index) return fact;
  const time = readTimeNear(c.sentence.slice(0, d.index), c.sentence.slice(d.end));
  if (!time) return fact;
  const own = time.zone ? null : (countryZone(hint.country) ?? countryZone(hint.placeCountry?.()));
  const zone = time.zone ?? (own ? { timeZone: own } : null);
  if (!zone) return fact;
  const [year, month, day] = fact.date.split('-').map(Number) as [number, number, number];
  const at = instantOf({ year, month, day, hour: time.hour, minute: time.minute }, zone);
  return at ? { ...fact, at } : fact;
}

/** The undecidable numeric dates of a role's entries (for `check`'s warnings); cheap when none. */
export function undecidedDates(entries: Entry[], reference: Date, hint: DateHint = {}): Quote[] {
  if (!entries.some((e) => SWAPPABLE_HINT.test(e.text))) return [];
  return extractDates(entries, reference, hint).undecided;
}
const SWAPPABLE_HINT = /(?<![\d./-])(?:0?[1-9]|1[0-2])[-/](?:0?[1-9]|1[0-2])[-/]\d{2}/;
