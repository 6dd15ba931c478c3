// Cheap pre-checks for the fact readers: whether a line holds a word beginning one reader needs
// (a unit for durations, "full"/"%" for workloads, a degree's name), on its lowercased text made
// once per entry. A reader runs its full regexes only on the lines that pass.
import type { Entry } from '../corpus/role.ts';

export const HINT_DURATION = 1;
export const HINT_WORKLOAD = 2;
export const HINT_DEGREE = 4;
export const HINT_PERMANENT = 8;

// Each stem and the readers it concerns: lowercase word beginnings (and "%", tested apart); a
// reader then runs its own full regexes.
const STEMS: Array<[string, number]> = [
  // Units of a contract's length.
  ['year', HINT_DURATION],
  ['yr', HINT_DURATION],
  ['month', HINT_DURATION],
  ['mois', HINT_DURATION],
  ['ans', HINT_DURATION],
  ['anné', HINT_DURATION],
  ['annee', HINT_DURATION],
  ['anno', HINT_DURATION],
  ['anni', HINT_DURATION],
  ['año', HINT_DURATION],
  ['jahr', HINT_DURATION],
  ['jähr', HINT_DURATION],
  ['monat', HINT_DURATION],
  ['mese', HINT_DURATION],
  ['mesi', HINT_DURATION],
  ['week', HINT_DURATION | HINT_WORKLOAD],
  ['wk', HINT_DURATION],
  ['woche', HINT_DURATION | HINT_WORKLOAD],
  ['semaine', HINT_DURATION | HINT_WORKLOAD],
  ['settiman', HINT_DURATION],
  ['semana', HINT_DURATION],
  ['annual basis', HINT_DURATION],
  ['semester', HINT_DURATION],
  // A permanent post.
  ['perman', HINT_PERMANENT],
  ['indefin', HINT_PERMANENT],
  ['open-ended', HINT_PERMANENT],
  ['unbefrist', HINT_PERMANENT],
  ['indétermin', HINT_PERMANENT],
  ['indeterminat', HINT_PERMANENT],
  ['cdi', HINT_PERMANENT],
  // Workload.
  ['fte', HINT_WORKLOAD],
  ['hour', HINT_WORKLOAD],
  ['hrs', HINT_WORKLOAD],
  ['stunden', HINT_WORKLOAD],
  ['heures', HINT_WORKLOAD],
  ['ore', HINT_WORKLOAD],
  ['horas', HINT_WORKLOAD],
  ['days', HINT_WORKLOAD],
  ['day(s)', HINT_WORKLOAD],
  ['full', HINT_WORKLOAD],
  ['part-time', HINT_WORKLOAD],
  ['part time', HINT_WORKLOAD],
  ['half', HINT_WORKLOAD],
  ['halb', HINT_WORKLOAD],
  ['teilzeit', HINT_WORKLOAD],
  ['vollzeit', HINT_WORKLOAD],
  ['mi-temps', HINT_WORKLOAD],
  ['temps', HINT_WORKLOAD],
  ['tempo p', HINT_WORKLOAD],
  ['tiempo', HINT_WORKLOAD],
  ['jornada', HINT_WORKLOAD],
  ['complet', HINT_WORKLOAD],
  ['plein', HINT_WORKLOAD],
  ['pensum', HINT_WORKLOAD],
  // Degrees.
  ['phd', HINT_DEGREE],
  ['ph.', HINT_DEGREE],
  ['dphil', HINT_DEGREE],
  ['doctor', HINT_DEGREE],
  ['dott', HINT_DEGREE],
  ['master', HINT_DEGREE],
  ['máster', HINT_DEGREE],
  ['bachelor', HINT_DEGREE],
  ['msc', HINT_DEGREE],
  ['bsc', HINT_DEGREE],
  ['m.sc', HINT_DEGREE],
  ['b.sc', HINT_DEGREE],
  ['laurea', HINT_DEGREE],
  ['diplom', HINT_DEGREE],
  ['promotion', HINT_DEGREE],
  ['promoviert', HINT_DEGREE],
  ['thèse', HINT_DEGREE],
  ['licen', HINT_DEGREE],
  ['undergraduate', HINT_DEGREE],
  ['first degree', HINT_DEGREE],
  ['grado', HINT_DEGREE],
];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// One regex per reader, each stem after a `\\b` (V8 then skips most positions, four times
// faster), tested with `test` (it stops at the first stem) on the lowercased text.
const HINT_RES = new Map<number, RegExp>();
// The same regexes without case, for a text all in ASCII: its lowercase copy has the same word
// boundaries and matches a stem exactly where the text matches it without case (no stem is
// matched by an ASCII letter's case variant beyond ASCII), so no copy is made.
const HINT_RES_I = new Map<number, RegExp>();
for (const bit of [HINT_DURATION, HINT_WORKLOAD, HINT_DEGREE, HINT_PERMANENT]) {
  const stems = STEMS.filter(([, b]) => b & bit).map(([s]) => esc(s));
  const source = `\\b(?:${stems.sort((x, y) => y.length - x.length).join('|')})`;
  HINT_RES.set(bit, new RegExp(source));
  HINT_RES_I.set(bit, new RegExp(source, 'i'));
}
const NOT_ASCII = /[^\x00-\x7f]/;
// Every stem at once: most lines hold none, and one scan then answers all four readers.
const anySource = `\\b(?:${STEMS.map(([s]) => esc(s))
  .sort((x, y) => y.length - x.length)
  .join('|')})`;
const ANY_RE = new RegExp(anySource);
const ANY_RE_I = new RegExp(anySource, 'i');
const ALL_KNOWN = (HINT_DURATION | HINT_WORKLOAD | HINT_DEGREE | HINT_PERMANENT) << 4;
// Per entry: the low four bits hold the answers, the next four which answers are known.
const known = new WeakMap<Entry, number>();

const lowered = new WeakMap<Entry, string>();

/** The entry's text in lower case, made once. */
export function lowerOf(e: Entry): string {
  let lower = lowered.get(e);
  if (lower === undefined) {
    lower = e.text.toLowerCase();
    lowered.set(e, lower);
  }
  return lower;
}

/** Whether the entry's text holds a stem of the reader `bit` (one of HINT_*). */
export function hints(e: Entry, bit: number): boolean {
  if (bit === HINT_WORKLOAD && e.text.includes('%')) return true;
  let m = known.get(e);
  if (m === undefined) {
    m = test(e, ANY_RE, ANY_RE_I) ? 0 : ALL_KNOWN;
    known.set(e, m);
  }
  if (m & (bit << 4)) return (m & bit) !== 0;
  const v = test(e, HINT_RES.get(bit) as RegExp, HINT_RES_I.get(bit) as RegExp);
  known.set(e, m | (bit << 4) | (v ? bit : 0));
  return v;
}

/** `re` on the entry's lowercase text; `reNoCase` on the text itself when it is all ASCII. */
function test(e: Entry, re: RegExp, reNoCase: RegExp): boolean {
  const lower = lowered.get(e);
  if (lower !== undefined) return re.test(lower);
  if (!NOT_ASCII.test(e.text)) return reNoCase.test(e.text);
  return re.test(lowerOf(e));
}
