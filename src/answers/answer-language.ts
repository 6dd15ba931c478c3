// "Is English enough?", "do I need to speak German for the X job?", "français obligatoire ?",
// "reicht Englisch?": the languages a posting asks for, read from its skills (required, desired,
// only named, or not at all, quoted with their lines), and, when the question asks whether one
// will do, the other languages it requires. Words in data/languages.json.
import type { Posting } from '../corpus/posting.ts';
import type { SetFilter } from './answer-sets.ts';
import { skillStance, stanceSaid } from './answer-skill.ts';
import { type AnswerEnv, cite, type Draft, draft, refOf, shortName, topicOf } from './context.ts';
import data from './data/languages.json' with { type: 'json' };
import type { Block } from './reply.ts';
import { clip, type Word, words } from './text.ts';

export interface AskedLanguages {
  languages: string[];
  /** "is English enough?", "only French?": whether it alone will do. */
  alone: boolean;
}

const byWord = new Map<string, string>();
for (const [lang, forms] of Object.entries(data.languages)) for (const f of forms) byWord.set(f, lang);
const compounds = new Map<string, string>();
for (const [lang, forms] of Object.entries(data.compounds)) for (const f of forms) compounds.set(f, lang);
const cues = new Set(data.cues);
const sufficiency = new Set(data.sufficiency);
const selfBefore = new Set(data.selfBefore);
const notLanguage = new Set(data.notLanguage);
export const LANGUAGE_SKILLS: readonly string[] = Object.keys(data.languages);
const NEAR = 3;
const pronouns = new Set(data.speakers.pronouns);
const speakVerbs = new Set(data.speakers.verbs);
const firstPerson = new Set(data.speakers.firstPerson);

/** "I speak English and French", "je parle anglais", "hablo inglés": the asker's own languages. */
function spokenByAsker(ws: Word[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - NEAR); k--) {
    const w = (ws[k] as Word).norm;
    if (firstPerson.has(w) || (speakVerbs.has(w) && pronouns.has(ws[k - 1]?.norm ?? ''))) return true;
  }
  return false;
}

/** The languages the question asks about as a requirement, or null when it asks about none. */
export function languagesAsked(text: string): AskedLanguages | null {
  const ws = words(text);
  const out: string[] = [];
  let alone = false;
  const near = (i: number, set: ReadonlySet<string>) =>
    ws.slice(Math.max(0, i - NEAR), i + NEAR + 1).some((w, k) => k !== Math.min(i, NEAR) && set.has(w.norm));
  ws.forEach((w: Word, i) => {
    const compound = compounds.get(w.norm);
    const lang = compound ?? byWord.get(w.norm);
    if (!lang) return;
    if (!compound) {
      if (selfBefore.has(ws[i - 1]?.norm ?? '') || notLanguage.has(ws[i + 1]?.norm ?? '')) return;
      if (spokenByAsker(ws, i)) return;
      if (!near(i, cues) && !near(i, sufficiency)) return;
    }
    if (!out.includes(lang)) out.push(lang);
    if (near(i, sufficiency)) alone = true;
  });
  return out.length > 0 ? { languages: out, alone } : null;
}

/** A long skill line cut to the sentence part around the language's name. */
function around(text: string, lang: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 240) return flat;
  const at = Math.max(0, flat.toLowerCase().indexOf(lang.toLowerCase()));
  const start = at < 120 ? 0 : flat.lastIndexOf(' ', at - 100) + 1;
  return `${start > 0 ? '…' : ''}${clip(flat.slice(start), 240)}`;
}

export function answerLanguages(env: AnswerEnv, p: Posting, asked: AskedLanguages): Draft {
  const t = p.title;
  const blocks: Block[] = [];
  let line: number | undefined;
  const shown = new Set<number>();
  for (const lang of asked.languages) {
    const s = skillStance(p, lang);
    const says = stanceSaid(t, lang, s.stance);
    const quote = s.fact ? `: "${around(s.fact.text, lang)}" (line ${s.fact.line})` : '.';
    blocks.push({ kind: 'paragraph', text: `${says}${quote}` });
    line ??= s.fact?.line;
    if (s.fact) shown.add(s.fact.line);
  }
  const others = (stance: 'required' | 'desired') =>
    LANGUAGE_SKILLS.filter((l) => !asked.languages.includes(l) && skillStance(p, l).stance === stance);
  const required = others('required');
  const desired = others('desired');
  const quoted = (lang: string | undefined) => {
    const fact = lang ? skillStance(p, lang).fact : undefined;
    line ??= fact?.line;
    if (!fact) return '';
    if (shown.has(fact.line)) return ` (line ${fact.line})`;
    shown.add(fact.line);
    return `: "${around(fact.text, lang ?? '')}" (line ${fact.line})`;
  };
  const these = asked.languages.join(' and ');
  const wished = desired.length > 0 ? ` It would like ${desired.join(' and ')} too${quoted(desired[0])}.` : '';
  let more: string;
  if (required.length > 0)
    more = `${asked.alone ? `${these} alone is not enough: it` : 'It'} also requires ${required.join(' and ')}${quoted(required[0])}.${wished}`;
  else if (asked.alone)
    more = `It requires no other language, so ${these} is enough as far as the posting says.${wished}`;
  else more = desired.length > 0 ? `It requires no other language.${wished}` : 'It asks for no other language.';
  blocks.push({ kind: 'paragraph', text: more });
  blocks.push(cite(p, line));
  const short = shortName(env, p);
  return draft(blocks, [refOf(env, p)], {
    topic: topicOf(p, 'skills'),
    suggestions: [`skills ${short}`, `eligible ${short}`],
  });
}

/** "which jobs are ok with English only?": postings that require no language but the ones named. */
export function requiringNoOtherLanguage(languages: readonly string[]): SetFilter {
  const others = LANGUAGE_SKILLS.filter((l) => !languages.includes(l));
  return {
    describe: `requiring no language but ${languages.join(' and ')}`,
    test: (p) => others.every((l) => skillStance(p, l).stance !== 'required'),
  };
}
