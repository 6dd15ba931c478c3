// Intent of a free-form question, from cue phrases in data/intents.json: the longest cue phrase
// at each word wins the word; an intent scores its phrases' word counts times its weight.
// The words a cue takes are not used to name a posting.
import data from './data/intents.json' with { type: 'json' };
import { type Word, words } from './text.ts';

export type Intent =
  | 'help'
  | 'eligibility'
  | 'deadline'
  | 'upcoming'
  | 'status'
  | 'contact'
  | 'salary'
  | 'start'
  | 'duration'
  | 'location'
  | 'documents'
  | 'skills'
  | 'duties'
  | 'workload'
  | 'apply'
  | 'show'
  | 'search'
  | 'list'
  | 'smalltalk'
  /** Phrases that name no posting and ask nothing ("want to go to"): weight 0, never chosen. */
  | 'filler';

/** Intents that only say "tell me / find / list": any field intent beats them. */
const WEAK: ReadonlySet<Intent> = new Set(['show', 'search', 'list', 'help', 'smalltalk']);
/** Order for equal scores: the more specific question first. */
const PRIORITY: Intent[] = [
  'eligibility',
  'upcoming',
  'salary',
  'documents',
  'workload',
  'contact',
  'deadline',
  'status',
  'start',
  'duration',
  'location',
  'duties',
  'apply',
  'skills',
  'help',
  'show',
  'search',
  'list',
  'smalltalk',
];

interface Cue {
  intent: Intent;
  words: string[];
  weight: number;
}

const cuesByFirst = new Map<string, Cue[]>();
for (const [intent, spec] of Object.entries(data.intents) as [Intent, { weight: number; cues: string[] }][]) {
  for (const phrase of spec.cues) {
    const ws = words(phrase).map((w) => w.norm);
    if (ws.length === 0) continue;
    const list = cuesByFirst.get(ws[0] as string) ?? [];
    list.push({ intent, words: ws, weight: spec.weight });
    cuesByFirst.set(ws[0] as string, list);
  }
}
for (const list of cuesByFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

const phraseSet = (list: string[]) => list.map((p) => words(p).map((w) => w.norm));
const postingNouns = new Set(data.postingNouns);
const pluralNouns = new Set(data.pluralNouns);
const setCues = phraseSet(data.setCues);
const definite = new Set(['the', 'this', 'that', 'its', 'your', 'his', 'her', 'their']);
export const openWords = phraseSet(data.openWords);
export const closedWords = phraseSet(data.closedWords);
export const selfWords: ReadonlySet<string> = new Set(data.selfWords);
export const factWords: ReadonlySet<string> = new Set(data.factWords);

export interface Classified {
  /** The question as given. */
  text: string;
  /** The strongest intent, or null when no cue was found. */
  intent: Intent | null;
  scores: Partial<Record<Intent, number>>;
  words: Word[];
  /** Per word: taken by a cue phrase. */
  cue: boolean[];
  /** The question is about a set of postings ("which positions...", "list the DQM positions"). */
  plural: boolean;
}

function phraseAt(ws: Word[], i: number, phrase: string[]): boolean {
  if (i + phrase.length > ws.length) return false;
  for (let j = 0; j < phrase.length; j++) if (ws[i + j]?.norm !== phrase[j]) return false;
  return true;
}

export function hasPhrase(ws: Word[], phrases: string[][]): boolean {
  for (let i = 0; i < ws.length; i++) for (const p of phrases) if (phraseAt(ws, i, p)) return true;
  return false;
}

export function classify(text: string): Classified {
  const ws = words(text);
  const cue = ws.map(() => false);
  const scores: Partial<Record<Intent, number>> = {};
  for (let i = 0; i < ws.length; ) {
    const list = cuesByFirst.get((ws[i] as Word).norm);
    const hit = list?.find((c) => phraseAt(ws, i, c.words));
    if (!hit) {
      i++;
      continue;
    }
    scores[hit.intent] = (scores[hit.intent] ?? 0) + hit.words.length * hit.weight;
    for (let j = 0; j < hit.words.length; j++) cue[i + j] = true;
    i += hit.words.length;
  }
  let best: Intent | null = null;
  for (const intent of PRIORITY) {
    const s = scores[intent] ?? 0;
    if (s <= 0) continue;
    if (best === null) {
      best = intent;
      continue;
    }
    const b = scores[best] ?? 0;
    if ((WEAK.has(best) && !WEAK.has(intent)) || (WEAK.has(best) === WEAK.has(intent) && s > b)) best = intent;
  }
  return { text, intent: best, scores, words: ws, cue, plural: isPlural(ws) };
}

/** "which positions ...", "any job in France?", "list the DQM roles": a question about a set. */
function isPlural(ws: Word[]): boolean {
  for (let i = 0; i < ws.length; i++) {
    const w = (ws[i] as Word).norm;
    if (pluralNouns.has(w) && w !== 'ones') return true;
    if (!postingNouns.has(w)) continue;
    // A set cue shortly before a posting noun: "which job", "is there a job", "any CMS role";
    // not across a determiner that points at one posting ("what is the job about").
    for (let back = 1; back <= 3 && i - back >= 0; back++) {
      if (back > 1 && definite.has((ws[i - back + 1] as Word).norm)) break;
      for (const p of setCues) if (phraseAt(ws, i - back - p.length + 1, p)) return true;
    }
  }
  return false;
}

export function isPostingNoun(w: string): boolean {
  return postingNouns.has(w);
}
