// Intent of a free-form question, from cue phrases in data/intents.json (English, French, German,
// Italian and Spanish): the longest cue phrase at each word wins the word; an intent scores its
// phrases' literal word counts times its weight. "..." in a phrase skips a few words ("can a
// Japanese graduate apply"), which stay free to name a posting. The words a cue takes are not
// used to name a posting.
import data from './data/intents.json' with { type: 'json' };
import languageData from './data/languages.json' with { type: 'json' };
import topicData from './data/topics.json' with { type: 'json' };
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
  /** The asker's own reminders (src/answers/personal-request.ts), read by the bot before a question. */
  | 'remind'
  | 'follow'
  | 'my-reminders'
  | 'forget-reminders'
  | 'applied'
  /** Something beyond a posting's fields (visas, an age limit): data/topics.json. */
  | 'topic'
  /** Phrases that name no posting and ask nothing ("want to go to"): weight 0, never chosen. */
  | 'filler';

/** Intents that only say "tell me / find / list": any field intent beats them. */
const WEAK: ReadonlySet<Intent> = new Set(['show', 'search', 'list', 'help', 'smalltalk']);
/** "show", "list", "help"...: an intent that asks for nothing in particular. */
export function isWeakIntent(intent: Intent): boolean {
  return WEAK.has(intent);
}
/** Order for equal scores: the more specific question first. */
const PRIORITY: Intent[] = [
  'forget-reminders',
  'my-reminders',
  'follow',
  'remind',
  'applied',
  'eligibility',
  'upcoming',
  'topic',
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
  /** Literal words; GAP stands for up to MAX_GAP other words. */
  words: string[];
  /** Literal words only: what the phrase scores. */
  literal: number;
  weight: number;
}

const GAP = '\u0000gap';
/** German puts the verb last: "kann ich mich auf das Fellowship am MPP bewerben". */
const MAX_GAP = 12;
const LANGUAGES = ['cues', 'fr', 'de', 'it', 'es'] as const;
type IntentSpec = { weight: number; strong?: string[] } & Record<(typeof LANGUAGES)[number], string[]>;
/** A strong phrase decides the question whatever else it says ("until when can I apply"). */
const STRONG = 4;

const cuesByFirst = new Map<string, Cue[]>();

function addCue(intent: Intent, phrase: string, weight: number): void {
  const ws = phrase
    .split(/\s*\.\.\.\s*/)
    .flatMap((part, i) => [...(i > 0 ? [GAP] : []), ...words(part).map((w) => w.norm)]);
  if (ws.length === 0 || ws[0] === GAP) return;
  const list = cuesByFirst.get(ws[0] as string) ?? [];
  list.push({ intent, words: ws, literal: ws.filter((w) => w !== GAP).length, weight });
  cuesByFirst.set(ws[0] as string, list);
}

for (const [intent, spec] of Object.entries(data.intents) as [Intent, IntentSpec][]) {
  for (const lang of LANGUAGES) for (const phrase of spec[lang] ?? []) addCue(intent, phrase, spec.weight);
  for (const phrase of spec.strong ?? []) addCue(intent, phrase, spec.weight * STRONG);
}
// Topics beyond the fields (visas, an age limit) ask with their own phrases, weighted as the specific intents.
for (const t of topicData.topics) for (const phrase of t.cues) addCue('topic', phrase, 3);
// A language and the words that ask about it ("français obligatoire ?") name no posting; they ask
// nothing by themselves (./answer-language.ts reads them), so their cues score nothing.
for (const list of [
  ...Object.values(languageData.languages),
  ...Object.values(languageData.compounds),
  languageData.quiet,
])
  for (const phrase of list) addCue('filler', phrase, 0);
for (const list of cuesByFirst.values()) list.sort((a, b) => b.literal - a.literal || b.weight - a.weight);
/** Words a gap never spans: another question starts there ("can you tell me how to apply"). */
const gapBreakers: ReadonlySet<string> = new Set(data.gapBreakers);

const phraseSet = (list: string[]) => list.map((p) => words(p).map((w) => w.norm));
const postingNouns = new Set(data.postingNouns);
const pluralNouns = new Set(data.pluralNouns);
const singularKinds = new Set(data.roleKinds.singular);
const pluralKinds = new Set(data.roleKinds.plural);
const setCues = phraseSet(data.setCues);
/** "everything", "algo", "qualcosa": the whole set, no posting's name. */
export const wholeSetWords: ReadonlySet<string> = new Set(data.wholeSetWords);
const definite = new Set(['the', 'this', 'that', 'its', 'your', 'his', 'her', 'their']);
export const openWords = phraseSet(data.openWords);
export const closedWords = phraseSet(data.closedWords);
export const notYetOpenWords = phraseSet(data.notYetOpenWords);
export const noLongerOpenWords = phraseSet(data.noLongerOpenWords);
/** "and the other one?", "und die andere?": the next posting of the last reply about several. */
export const otherWords: ReadonlySet<string> = new Set(data.otherWords);
/** "did I miss it?", "am I too late?": a status question whose yes is "closed". */
export const lateWords = phraseSet(data.lateWords);
export const selfWords: ReadonlySet<string> = new Set(data.selfWords);
export const factWords: ReadonlySet<string> = new Set(data.factWords);
/** Words that open a clause not about the asker even after one that is (data/intents.json). */
export const selfContinuationBreakers: ReadonlySet<string> = new Set(data.selfContinuationBreakers);
/** "if", "wenn", "si"...: a clause they open is still about the asker when "I" follows (data/intents.json). */
export const conditionalLeads = phraseSet(data.conditionalLeads);

export interface Classified {
  /** The question as given. */
  text: string;
  /** The strongest intent, or null when no cue was found. */
  intent: Intent | null;
  scores: Partial<Record<Intent, number>>;
  words: Word[];
  /** Per word: taken by a cue phrase. */
  cue: boolean[];
  /** Per word: the intent of the cue phrase that took it, or null. */
  cueIntent: (Intent | null)[];
  /** The question is about a set of postings ("which positions...", "list the DQM positions"). */
  plural: boolean;
}

function phraseAt(ws: Word[], i: number, phrase: string[]): boolean {
  if (i + phrase.length > ws.length) return false;
  for (let j = 0; j < phrase.length; j++) if (ws[i + j]?.norm !== phrase[j]) return false;
  return true;
}

/**
 * Where each literal word of a cue phrase sits when it matches at `i` (a gap takes the fewest
 * words that let the rest match, never a taken word, a sentence end or a question word), or null.
 */
function cueAt(text: string, ws: Word[], taken: boolean[], i: number, phrase: string[]): number[] | null {
  const at: number[] = [];
  let k = i;
  for (let j = 0; j < phrase.length; j++) {
    const p = phrase[j] as string;
    if (p !== GAP) {
      const w = ws[k];
      if (!w || taken[k] || w.norm !== p) return null;
      at.push(k++);
      continue;
    }
    const next = phrase[j + 1] as string;
    let found = -1;
    for (let g = 0; g <= MAX_GAP && k + g < ws.length; g++) {
      const w = ws[k + g] as Word;
      if (w.norm === next && !taken[k + g]) {
        found = k + g;
        break;
      }
      if (taken[k + g] || gapBreakers.has(w.norm)) return null;
      const after = ws[k + g + 1];
      if (after && /[.?!;]/.test(text.slice(w.at + w.raw.length, after.at))) return null;
    }
    if (found < 0) return null;
    k = found;
  }
  return at;
}

/** The length in words of the longest of `phrases` that starts at word i, or 0. */
export function phraseLengthAt(ws: Word[], i: number, phrases: string[][]): number {
  let best = 0;
  for (const p of phrases) if (p.length > best && phraseAt(ws, i, p)) best = p.length;
  return best;
}

export function hasPhrase(ws: Word[], phrases: string[][]): boolean {
  for (let i = 0; i < ws.length; i++) for (const p of phrases) if (phraseAt(ws, i, p)) return true;
  return false;
}

export function classify(text: string): Classified {
  const ws = words(text);
  const cue = ws.map(() => false);
  const cueIntent: (Intent | null)[] = ws.map(() => null);
  const scores: Partial<Record<Intent, number>> = {};
  for (let i = 0; i < ws.length; i++) {
    if (cue[i]) continue;
    const list = cuesByFirst.get((ws[i] as Word).norm);
    if (!list) continue;
    for (const c of list) {
      const at = cueAt(text, ws, cue, i, c.words);
      if (!at) continue;
      scores[c.intent] = (scores[c.intent] ?? 0) + c.literal * c.weight;
      for (const k of at) {
        cue[k] = true;
        cueIntent[k] = c.intent;
      }
      break;
    }
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
  return { text, intent: best, scores, words: ws, cue, cueIntent, plural: isPlural(ws) };
}

/** "which positions ...", "any job in France?", "list the DQM roles": a question about a set. */
function isPlural(ws: Word[]): boolean {
  // "show me everything that's still open": the whole set, unless one post is named ("everything about the CTA job").
  if (
    ws.some((w) => wholeSetWords.has(w.norm)) &&
    !ws.some((w) => postingNouns.has(w.norm) || singularKinds.has(w.norm))
  )
    return true;
  for (let i = 0; i < ws.length; i++) {
    const w = (ws[i] as Word).norm;
    if ((pluralNouns.has(w) && w !== 'ones') || pluralKinds.has(w)) return true;
    if (!postingNouns.has(w) && !singularKinds.has(w)) continue;
    // A set cue shortly before a posting noun: "which job", "is there a job", "any CMS role";
    // not across a determiner that points at one posting ("what is the job about").
    for (let back = 1; back <= 3 && i - back >= 0; back++) {
      if (back > 1 && definite.has((ws[i - back + 1] as Word).norm)) break;
      for (const p of setCues) if (phraseAt(ws, i - back - p.length + 1, p)) return true;
    }
  }
  return false;
}

const unitNouns = new Set(data.unitNouns);
/** "group", "team", "department": a part of an organisation, which a posting may not name. */
export function isUnitNoun(w: string): boolean {
  return unitNouns.has(w);
}

export function isPostingNoun(w: string): boolean {
  return postingNouns.has(w);
}

/** A kind of post ("postdoc", "fellowships"): a set question's noun that still narrows the list. */
export function isRoleKind(w: string): boolean {
  return singularKinds.has(w) || pluralKinds.has(w);
}

/** "positions", "stellen", "plazas": a plural word for posts. */
export function isPluralNoun(w: string): boolean {
  return pluralNouns.has(w) && w !== 'ones';
}

/** Every word of every cue phrase, in every language: words the bot knows as question words. */
const cueWordSet = new Set<string>();
for (const list of cuesByFirst.values()) for (const c of list) for (const w of c.words) cueWordSet.add(w);
export const cueWords: ReadonlySet<string> = cueWordSet;
