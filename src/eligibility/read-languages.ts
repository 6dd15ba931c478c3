// Languages, asked for in a criterion ("a good knowledge of English OR French", "maîtrise du
// français", "gute Deutschkenntnisse") and spoken by the asker ("I speak fluent French", "native
// English speaker", "ich spreche Deutsch", "I don't speak Italian"). Words in data/languages.json.
import data from './data/languages.json' with { type: 'json' };
import { alternation, NEGATION_RE } from './self-words.ts';

const NAMES = data.names as Record<string, string[]>;
const LANGUAGE_OF = new Map<string, string>();
for (const [lang, forms] of Object.entries(NAMES)) for (const f of forms) LANGUAGE_OF.set(f, lang);
// A name may open a German compound ("Deutschkenntnisse", "Englischkenntnisse").
const NAME_RE = new RegExp(`\\b(${alternation([...LANGUAGE_OF.keys()])})(?:kenntnisse\\w*)?\\b`, 'g');
const cues = (ws: string[]) => new RegExp(`(?:^|[^\\p{L}])(?:${alternation(ws)})(?![\\p{L}])`, 'u');
const REQUIRED = cues(data.requirementCues);
const WISHED = cues(data.wishedCues);
const SPEAKER = cues(data.speakerCues);
const WEAK = cues(data.weakCues);
/** Cheap pre-check: a language name somewhere in the text. */
const ANY_NAME = new RegExp(`\\b(?:${alternation([...LANGUAGE_OF.keys()])})`);

const LEVEL_AFTER =
  /^\s?(?:\(|:|-|is\s(?:at\s)?|est\s|ist\s|e\s|es\s)?\s?(?:native|fluent|fluently|c1|c2|b2|speaker|mother tongue|courant|fliessend|madrelingua|nativo|nativa|langue maternelle|muttersprache)\b/;

function namesIn(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(NAME_RE)) {
    const lang = LANGUAGE_OF.get(m[1] ?? '');
    if (lang && !out.includes(lang)) out.push(lang);
  }
  return out;
}

/** The languages a criterion (folded) asks for, and whether one of them is enough ("English or French"). */
export function parseLanguageRule(lower: string): { languages: string[]; any: boolean } | null {
  if (!ANY_NAME.test(lower) || WISHED.test(lower)) return null;
  if (!REQUIRED.test(lower) && !/kenntnisse\b/.test(lower)) return null;
  const languages = namesIn(lower);
  if (languages.length === 0) return null;
  // A nationality's demonym is no language: "French nationals" is read as nationality.
  if (/\b(?:nationals?|citizens?|nationality|citizenship|ressortissants?|cittadin\w*|ciudadan\w*)\b/.test(lower))
    return null;
  const any = languages.length > 1 && /\b(?:or|ou|oder|o|either|soit)\b/.test(lower);
  return { languages, any };
}

/** The languages the asker (folded text) says they speak, and those they say they do not. */
export function readLanguages(lower: string): { spoken: string[]; notSpoken: string[] } {
  const spoken: string[] = [];
  const notSpoken: string[] = [];
  if (!ANY_NAME.test(lower)) return { spoken, notSpoken };
  for (const sentence of lower.split(/[.!?;\n]+/)) {
    if (!SPEAKER.test(sentence) || !ANY_NAME.test(sentence)) continue;
    for (const clause of sentence.split(/,|\bbut\b|\bmais\b|\baber\b|\bma\b|\bpero\b/)) {
      if (WEAK.test(clause)) continue;
      const list = NEGATION_RE.test(clause) ? notSpoken : spoken;
      // "I speak French", "native English speaker", "French: fluent"; not "I'm Italian and speak French".
      for (const m of clause.matchAll(NAME_RE)) {
        const at = m.index ?? 0;
        const lang = LANGUAGE_OF.get(m[1] ?? '');
        const before = clause.slice(Math.max(0, at - 30), at);
        const after = clause.slice(at + m[0].length, at + m[0].length + 24);
        if (!lang || (!SPEAKER.test(before) && !LEVEL_AFTER.test(after))) continue;
        if (!list.includes(lang)) list.push(lang);
      }
    }
  }
  return { spoken, notSpoken };
}
