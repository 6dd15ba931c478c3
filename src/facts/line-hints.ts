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
  // Turkish: "24 ay", "2 yıl", "6 hafta".
  ['ay', HINT_DURATION],
  ['yıl', HINT_DURATION],
  ['hafta', HINT_DURATION],
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
  ['etp', HINT_WORKLOAD],
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
  // Turkish, Portuguese and French degree words: "lisans", "doktora", "mestrado", "M2", "Bac+5".
  ['lisans', HINT_DEGREE],
  ['doktor', HINT_DEGREE],
  ['mestrado', HINT_DEGREE],
  ['doutor', HINT_DEGREE],
  ['m2', HINT_DEGREE],
  ['bac+', HINT_DEGREE],
];
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NOT_ASCII = /[^\x00-\x7f]/;
// Every stem at once: one scan of a line answers all four readers. No stem begins another of
// other readers (so the longest stem at a position tells every reader's answer there), and the
// scan goes on one character after each match, so it sees every position a reader's own regex
// would.
const BITS_OF = new Map<string, number>();
for (const [stem, bit] of STEMS) BITS_OF.set(stem, (BITS_OF.get(stem) ?? 0) | bit);
const anySource = `\\b(?:${STEMS.map(([s]) => esc(s))
  .sort((x, y) => y.length - x.length)
  .join('|')})`;
const ANY_RE = new RegExp(anySource, 'g');
const ANY_RE_I = new RegExp(anySource, 'gi');
const ALL_BITS = HINT_DURATION | HINT_WORKLOAD | HINT_DEGREE | HINT_PERMANENT;

// What is worked out once per entry is kept in bounded Maps, not WeakMaps: an entry is read by the
// readers of its own posting, one posting after another, and a WeakMap entry costs the garbage
// collector many times what a Map entry costs (2% of the parse; 6x in a micro-benchmark of this
// use). A Map that is full is cleared: a value worked out again is the same value.
const MEMO_MAX = 4096;

function remember<V>(memo: Map<Entry, V>, e: Entry, value: V): void {
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(e, value);
}

const masks = new Map<Entry, number>();

function maskIn(text: string, re: RegExp): number {
  let mask = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    mask |= BITS_OF.get(m[0].toLowerCase()) ?? 0;
    if (mask === ALL_BITS) break;
    re.lastIndex = m.index + 1;
  }
  return mask;
}

const lowered = new Map<Entry, string>();

/** The entry's text in lower case, made once. */
export function lowerOf(e: Entry): string {
  let lower = lowered.get(e);
  if (lower === undefined) {
    lower = e.text.toLowerCase();
    remember(lowered, e, lower);
  }
  return lower;
}

/** Whether the entry's text holds a stem of the reader `bit` (one of HINT_*). */
export function hints(e: Entry, bit: number): boolean {
  if (bit === HINT_WORKLOAD && e.text.includes('%')) return true;
  let mask = masks.get(e);
  if (mask === undefined) {
    const lower = lowered.get(e);
    // A text all in ASCII is scanned without case rather than lowercased: the same stems match.
    if (lower !== undefined) mask = maskIn(lower, ANY_RE);
    else if (!NOT_ASCII.test(e.text)) mask = maskIn(e.text, ANY_RE_I);
    else mask = maskIn(lowerOf(e), ANY_RE);
    remember(masks, e, mask);
  }
  return (mask & bit) !== 0;
}
