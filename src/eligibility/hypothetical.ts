// "Can a person who is not in CMS apply?": a question about someone like the asker. What the
// relative clause says is read as the asker's own words ("I am not in CMS"), so the fact reader
// needs no third-person forms. Vocabulary in data/hypothetical.json.
import data from './data/hypothetical.json' with { type: 'json' };

type Lang = keyof typeof data.subjects;

const asPattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const LANGS = Object.keys(data.subjects) as Lang[];
const subjectOf = new Map<string, Lang>();
for (const lang of LANGS) for (const s of data.subjects[lang]) subjectOf.set(s, lang);
const SUBJECT_RE = new RegExp(
  `(?<![\\p{L}'])(${[...subjectOf.keys()]
    .sort((a, b) => b.length - a.length)
    .map(asPattern)
    .join('|')})\\s+((?:(?:${LANGS.flatMap((l) => data.negations[l])
    .map(asPattern)
    .join('|')})\\s*)?)([\\p{L}']+)`,
  'giu',
);
/** Cheap pre-check: every subject ends in one of these relative pronouns. */
const PRONOUN_RE = /\b(?:who|qui|che|que)\b/i;

/** The text with each hypothetical subject and its verb put in the first person. */
export function asFirstPerson(text: string): string {
  if (!PRONOUN_RE.test(text)) return text;
  return text.replace(SUBJECT_RE, (all, subject: string, negation: string, verb: string) => {
    const lang = subjectOf.get(subject.toLowerCase().replace(/\s+/g, ' '));
    if (!lang) return all;
    const verbs = data.verbs[lang] as Record<string, string>;
    const first = verbs[verb.toLowerCase()];
    const pronoun = data.pronoun[lang];
    // French puts "ne" before the verb: "qui n'est pas" -> "je ne suis pas".
    if (first === undefined) return `${pronoun} ${negation}${verb}`;
    return `${pronoun} ${negation}${first}`;
  });
}
