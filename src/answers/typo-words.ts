// "wich jobs ned pyhton?": a mistyped question word or skill name read as the one it is closest
// to (one edit, transpositions included, or two for words of nine letters or more). Only words of
// five letters or more are tried, keeping their first letter (a four-letter one only as a question
// word with a letter dropped, data/short-typos.json: "wher is the dune job"), and never a word the bot or the
// postings already know (a cue, a function word, any posting's text), so a real word is never
// turned into another.
import selfData from '../eligibility/data/self-words.json' with { type: 'json' };
import skillsData from '../facts/skills.json' with { type: 'json' };
import { editDistance } from './command-word.ts';
import type { AnswerEnv } from './context.ts';
import fieldData from './data/fields.json' with { type: 'json' };
import intentData from './data/intents.json' with { type: 'json' };
import shortData from './data/short-typos.json' with { type: 'json' };
import timeData from './data/time-words.json' with { type: 'json' };
import { cueWords } from './intents.ts';
import { countriesIn } from './question-words.ts';
import { indexTerm, words } from './text.ts';

const MIN_LENGTH = 5;
const skillWords = (skillsData.skills as Array<{ aliases: string[] }>).flatMap((s) =>
  s.aliases.map((a) => a.toLowerCase()).filter((a) => /^\p{L}+$/u.test(a)),
);
const targets = [...new Set([...cueWords, ...skillWords])].filter(
  (w) => w.length >= MIN_LENGTH - 1 && /^\p{L}+$/u.test(w),
);
/** What a four-letter word may be a typo of: a question word with a letter dropped ("wher"). */
const shortTargets: readonly string[] = shortData.targets;
/** Words the asker uses of themselves (numbers, units, months): real words, never typos. */
const selfVocabulary = [selfData.numbers, selfData.units, selfData.months, selfData.relative].flatMap((o) =>
  Object.keys(o),
);
const known: ReadonlySet<string> = new Set([
  ...targets,
  ...selfVocabulary,
  ...selfData.negations,
  ...selfData.ageUnits,
  // Comparison phrases by their words ("più lungo": "lungo" is no typo of "luogo").
  ...[...intentData.comparison.lower, ...intentData.comparison.higher, ...intentData.comparison.superlatives].flatMap(
    (p) => p.split(' '),
  ),
  // Days named from today ("domani", "morgen", "mañana").
  ...Object.keys(timeData.relativeDays).flatMap((p) => p.split(' ')),
  ...timeData.weekend.flat(),
  // Words for posts ("lavori", "trabajos") are real words: never read as a cue one edit away ("lavoro").
  ...intentData.postingNouns,
  ...intentData.roleKinds.singular,
  ...intentData.roleKinds.plural,
  // Fields of work and the people who do them ("datos", "persone"): real words too.
  ...fieldData.peopleWords,
  ...fieldData.fields.flatMap((f) => [...f.asked, ...f.workers]),
]);

/** The word `w` is a typo of, or null (known, too short, too far from all, or a tie). */
function intended(env: AnswerEnv, w: string, capital: boolean): string | null {
  // A four-letter word only as a longer word with one letter dropped ("wher", "wich"): no swaps.
  const short = w.length === MIN_LENGTH - 1;
  if (w.length < MIN_LENGTH - 1 || known.has(w) || !/^\p{L}+$/u.test(w)) return null;
  const term = indexTerm(w);
  if (term === null || env.index.holdsTerm(term) || countriesIn(w).length > 0) return null;
  const max = w.length >= 9 ? 2 : 1;
  let best: string | null = null;
  let bestD = max + 1;
  let tie = false;
  // A capitalised word may be a name ("United States"): only a skill is read into it ("Pyhton").
  for (const t of short ? shortTargets : capital ? skillWords : targets) {
    // A typo keeps its first letter: "pyhton", "dedline"; "eight" is not "right".
    if (t[0] !== w[0] || Math.abs(t.length - w.length) > max || (short && t.length !== w.length + 1)) continue;
    const d = editDistance(w, t, max);
    if (d < bestD) {
      best = t;
      bestD = d;
      tie = false;
    } else if (d === bestD && t !== best) tie = true;
  }
  return best && !tie ? best : null;
}

/** The question with its mistyped cue words and skill names written as meant. */
export function correctTypos(env: AnswerEnv, text: string): string {
  let out = text;
  const ws = words(text);
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i];
    if (!w) continue;
    const fix = intended(env, w.norm, i > 0 && /^\p{Lu}/u.test(w.raw));
    if (fix) out = `${out.slice(0, w.at)}${fix}${out.slice(w.at + w.raw.length)}`;
  }
  return out;
}
