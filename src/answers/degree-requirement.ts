// Whether a posting requires, accepts or excludes a degree level ("which jobs need a PhD?"):
// from its own eligibility and skills lines ("you hold a PhD" requires it, "a software degree or
// a PhD" accepts it, "you can't hold a PhD" excludes holders, "for PhD students" is a course, not
// a degree held), else from the posting's minimum degree. Vocabulary in data/degrees.json.

import type { Posting, Quote } from '../corpus/posting.ts';
import data from './data/degrees.json' with { type: 'json' };
import { type Word, words } from './text.ts';
import { textLinesOf } from './text-lines.ts';

export type DegreeLevel = 'bachelor' | 'master' | 'phd';
export type Stance = 'requires' | 'accepts' | 'excludes' | 'students' | 'silent';

export interface DegreeStance {
  stance: Stance;
  /** The words that say so, and their line when a fact of the posting quotes them. */
  quote?: { text: string; line?: number };
}

const levelOf = new Map<string, DegreeLevel>();
for (const [level, list] of Object.entries(data.levels) as [DegreeLevel, string[]][])
  for (const phrase of list) {
    const ws = words(phrase);
    // A phrase ("laurea magistrale") is known by its last word, which names the level.
    const last = ws[ws.length - 1];
    if (last && !levelOf.has(last.norm)) levelOf.set(last.norm, level);
  }
const excludeWords: ReadonlySet<string> = new Set(data.excludes);
const acceptWords: ReadonlySet<string> = new Set(data.accepts);
const studentWords: ReadonlySet<string> = new Set(data.students);
const OR_WORDS: ReadonlySet<string> = new Set(['or', 'ou', 'oder', 'o']);
const notNeeded: ReadonlySet<string> = new Set(data.notNeeded);
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'pas', 'nicht', 'kein', 'keine', 'non', 'no']);
const requirementLine = new RegExp(`\\b(?:${data.requirementWords.join('|')})\\b`, 'i');

/** The degree levels a text names ("which jobs need a PhD?" -> phd), with where their words are. */
export function degreesIn(text: string): { level: DegreeLevel; word: Word; index: number }[] {
  const out: { level: DegreeLevel; word: Word; index: number }[] = [];
  const ws = words(text);
  ws.forEach((w, index) => {
    const level = levelOf.get(w.norm);
    if (level) out.push({ level, word: w, index });
  });
  return out;
}

/** The word before the degree at `i` that negates it ("jobs without a PhD", "don't need a PhD"), or null. */
const openWords: ReadonlySet<string> = new Set(data.askedOpen);

/** "which jobs accept a master's?", "jobs with just a bachelors": a word asking who may apply, a few words before the degree. */
export function openToBefore(ws: Word[], i: number): Word | null {
  for (let k = Math.max(0, i - 4); k < i; k++) if (openWords.has((ws[k] as Word).norm)) return ws[k] as Word;
  return null;
}

export function negationBefore(ws: Word[], i: number): Word | null {
  for (let k = Math.max(0, i - 4); k < i; k++) {
    const w = ws[k] as Word;
    if (excludeWords.has(w.norm) || w.norm.endsWith("n't")) return w;
  }
  return null;
}

// Addresses and links are no words of the text ("nu-phd@infn.example.it" asks for no PhD).
const ADDRESS = /\S+@\S+|https?:\/\/\S+|www\.\S+/g;

/** What one line says of a level, or null when it does not name it. */
function orAnotherDegree(ws: Word[], i: number): boolean {
  for (let k = i + 1; k < Math.min(ws.length, i + 7); k++)
    if (OR_WORDS.has((ws[k] as Word).norm))
      return ws
        .slice(k + 1, k + 3)
        .some((w) => levelOf.has(w.norm) && levelOf.get(w.norm) !== levelOf.get((ws[i] as Word).norm));
  return false;
}

function stanceOfLine(text: string, level: DegreeLevel): Stance | null {
  const ws = words(text.replace(ADDRESS, ' '));
  let found: Stance | null = null;
  for (let i = 0; i < ws.length; i++) {
    if (levelOf.get((ws[i] as Word).norm) !== level) continue;
    const after = ws.slice(i + 1, i + 3).map((w) => w.norm);
    const afterFar = ws.slice(i + 1, i + 5).map((w) => w.norm);
    const before = ws.slice(Math.max(0, i - 3), i).map((w) => w.norm);
    let s: Stance;
    if (after.some((w) => studentWords.has(w))) s = 'students';
    else if (negationBefore(ws, i)) s = 'excludes';
    else if (
      afterFar.some((w, k) => NEGATIONS.has(w) && notNeeded.has(afterFar[k + 1] ?? '')) ||
      afterFar.includes('optional') ||
      // "a doctorate in physics or a master's": another degree is as good.
      orAnotherDegree(ws, i)
    )
      s = 'accepts';
    else if (
      before.slice(-2).some((w) => OR_WORDS.has(w)) ||
      OR_WORDS.has(after[0] ?? '') ||
      (after[0] === 'degree' && OR_WORDS.has(after[1] ?? '')) ||
      [...before, ...afterFar].some((w) => acceptWords.has(w) && !OR_WORDS.has(w))
    )
      s = 'accepts';
    else s = 'requires';
    // One line can say both ("a master's, or a PhD", "no PhD students"): requiring wins.
    if (found === null || s === 'requires') found = s;
  }
  return found;
}

const QUICK =
  /ph\.?\s?d|doct|dott|dphil|promo|master|msc|m\.sc|meng|máster|magistrale|diplom|bachelor|bsc|b\.sc|licen|laurea|grado/i;

/** Stances worked out, per posting (postings are immutable; a reload makes new ones). */
const known = new WeakMap<Posting, Partial<Record<DegreeLevel, DegreeStance>>>();

/** Where a posting stands on a degree level. */
export function degreeStance(p: Posting, level: DegreeLevel): DegreeStance {
  let byLevel = known.get(p);
  if (!byLevel) {
    byLevel = {};
    known.set(p, byLevel);
  }
  const done = byLevel[level];
  if (done) return done;
  const s = readStance(p, level);
  byLevel[level] = s;
  return s;
}

function readStance(p: Posting, level: DegreeLevel): DegreeStance {
  const lines: { q: Quote; desired: boolean }[] = [
    ...p.eligibility.map((q) => ({ q, desired: false })),
    ...p.requiredSkills.map((q) => ({ q, desired: false })),
    ...p.desiredSkills.map((q) => ({ q, desired: true })),
  ];
  let best: DegreeStance | null = null;
  const rank: Record<Stance, number> = { requires: 4, excludes: 3, students: 2, accepts: 1, silent: 0 };
  for (const { q, desired } of lines) {
    if (!QUICK.test(q.text)) continue;
    let s = stanceOfLine(q.text, level);
    if (s === null) continue;
    if (desired && s === 'requires') s = 'accepts';
    if (!best || rank[s] > rank[best.stance]) best = { stance: s, quote: q };
  }
  // No eligibility or skills line names it: the text's own requirement sentences may.
  if (!best && QUICK.test(p.text))
    for (const { text: l, line } of textLinesOf(p)) {
      if (!QUICK.test(l) || !requirementLine.test(l)) continue;
      const s = stanceOfLine(l, level);
      if (s && (!best || rank[s] > rank[best.stance]))
        best = { stance: s, quote: line ? { text: l.trim(), line } : { text: l.trim() } };
    }
  const minimum = (p as Posting & { degree?: DegreeLevel | null }).degree ?? null;
  if (minimum === level && best?.stance !== 'excludes' && best?.stance !== 'students')
    return best?.stance === 'requires' ? best : { stance: 'requires' };
  return best ?? { stance: 'silent' };
}
