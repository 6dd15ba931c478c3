// The benchmark's fixed mix of questions: what people ask /positions (lists, searches, skills,
// deadlines, eligibility, typos, show and contact of named postings, field questions), drawn
// from the loaded postings so that named postings exist. Deterministic from a seed.
import type { Posting } from '../corpus/posting.ts';
import { createRandom, type Random } from './random.ts';
import { SKILLS, THINGS } from './vocabulary.ts';

export type QuestionKind =
  | 'list'
  | 'search'
  | 'skills'
  | 'deadlines'
  | 'eligibility'
  | 'typo'
  | 'show'
  | 'contact'
  | 'field';

export interface Question {
  kind: QuestionKind;
  text: string;
}

const KINDS: ReadonlyArray<[QuestionKind, number]> = [
  ['list', 10],
  ['search', 15],
  ['skills', 12],
  ['deadlines', 12],
  ['eligibility', 12],
  ['typo', 12],
  ['show', 12],
  ['contact', 10],
  ['field', 5],
];

const COUNTRIES = ['France', 'Germany', 'Switzerland', 'Italy', 'Spain', 'the Netherlands', 'United Kingdom', 'Poland'];
const ASKERS = [
  "I'm Italian with a master's degree",
  "I'm German and I have a PhD from 2024",
  "I am French, with a bachelor's in physics",
  "I'm a US citizen with a PhD",
  "I'm Polish, master's in computer science, 2 years of experience",
  "I'm Spanish and I work for a CMS institute",
];
const STOP = new Set(['in', 'for', 'at', 'of', 'the', 'and', 'position', 'to', 'follow', 'up']);

/** Two or three of a title's own words ("CMS alignment engineer"), the way people name a posting. */
function titleWords(r: Random, p: Posting): string {
  const ws = p.title
    .split(/[^\p{L}\p{N}+#]+/u)
    .filter((w) => w.length > 1 && !STOP.has(w.toLowerCase()))
    .slice(0, 6);
  if (ws.length === 0) return p.id;
  const n = Math.min(ws.length, r.int(2, 3));
  const start = r.int(0, ws.length - n);
  return ws.slice(start, start + n).join(' ');
}

/** A typing slip: two inner letters swapped, or one dropped ("alignmnet", "kubernets"). */
export function typo(r: Random, word: string): string {
  if (word.length < 5) return word;
  const i = r.int(1, word.length - 3);
  if (r.chance(0.5)) return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2);
  return word.slice(0, i) + word.slice(i + 1);
}

function typoPhrase(r: Random, phrase: string): string {
  const ws = phrase.split(' ');
  const long = ws.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5);
  if (long.length === 0) return phrase;
  const [w, i] = r.pick(long);
  ws[i] = typo(r, w);
  return ws.join(' ');
}

function question(r: Random, kind: QuestionKind, postings: Posting[]): string {
  const p = r.pick(postings);
  const named = titleWords(r, p);
  const skill = r.pick(p.skills.length > 0 ? p.skills : SKILLS);
  const exp = p.experiment ?? 'CMS';
  const country = r.pick(COUNTRIES);
  switch (kind) {
    case 'list':
      return r.pick([
        'list',
        'list open',
        'list closed',
        'list all',
        `list open ${exp}`,
        `list ${exp} ${named.split(' ')[0] ?? ''}`.trim(),
        'which positions are open?',
        `which ${exp} positions are open?`,
        `list open positions in ${country}`,
      ]);
    case 'search':
      return r.pick([
        `search ${skill} ${r.pick(THINGS)}`,
        `search ${named}`,
        `search ${exp} ${r.pick(THINGS)}`,
        `${skill} ${r.pick(THINGS)} jobs`,
        `search ${r.pick(SKILLS)} ${r.pick(SKILLS)}`,
        'search monitoring dashboards grafana',
      ]);
    case 'skills':
      return r.pick([
        `which positions need ${skill}?`,
        `which jobs require ${skill} and ${r.pick(SKILLS)}?`,
        `skills ${p.id}`,
        `what skills do I need for the ${named} job?`,
        `skills ${named}`,
      ]);
    case 'deadlines':
      return r.pick([
        'deadlines',
        'deadlines 30 days',
        'upcoming deadlines',
        'deadlines this month',
        `when is the deadline for ${p.id}?`,
        `when is the deadline for the ${named} position?`,
        `which ${exp} deadlines are coming up?`,
      ]);
    case 'eligibility':
      return r.pick([
        `eligible ${p.id} ${r.pick(ASKERS)}`,
        `am I eligible for ${p.id}? ${r.pick(ASKERS)}`,
        `which positions am I eligible for? ${r.pick(ASKERS)}`,
        `can I apply to the ${named} job? ${r.pick(ASKERS)}`,
      ]);
    case 'typo':
      return r.pick([
        `serach ${typo(r, skill)}`,
        `show ${typoPhrase(r, named)}`,
        `search ${typo(r, r.pick(THINGS).split(' ')[0] ?? 'monitoring')}`,
        `${typoPhrase(r, named)} positions`,
        `dedlines ${exp}`,
        `contcat ${named}`,
      ]);
    case 'show':
      return r.pick([`show ${p.id}`, `show ${named}`, `tell me about the ${named} job`]);
    case 'contact':
      return r.pick([`contact ${p.id}`, `who do I contact about ${p.id}?`, `contact ${named}`]);
    default:
      return r.pick([
        `how long is the contract for ${p.id}?`,
        `what is the salary of ${p.id}?`,
        `which positions are in ${country}?`,
        `where is ${p.id}?`,
        `when does ${p.id} start?`,
      ]);
  }
}

/** `count` questions in a fixed order, every kind represented in its share. */
export function buildQuestionMix(postings: Posting[], count: number, seed: number): Question[] {
  if (postings.length === 0) return Array.from({ length: count }, () => ({ kind: 'list', text: 'list' }));
  const r = createRandom(seed ^ 0x51ed270b);
  const weights = KINDS.map(([, w]) => w);
  const out: Question[] = [];
  for (let i = 0; i < count; i++) {
    // The first round names every kind once, so even a tiny mix covers them all.
    const kind =
      i < KINDS.length ? (KINDS[i] as [QuestionKind, number])[0] : (KINDS[r.weighted(weights)]?.[0] ?? 'list');
    out.push({ kind, text: question(r, kind, postings) });
  }
  return out;
}

export const QUESTION_KINDS: readonly QuestionKind[] = KINDS.map(([k]) => k);
