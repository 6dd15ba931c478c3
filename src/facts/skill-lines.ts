// Whether a line outside a skills section asks for the skills it names, and which: each sentence
// is judged apart ("good knowledge of English. Any knowledge of French is considered a plus."
// asks for English and would like French). A spoken language counts only when the sentence asks
// for a command of it ("fluent English", "proficient in English"), not "willing to learn German".
import type { Entry } from '../corpus/role.ts';
import cues from './cues.json' with { type: 'json' };
import { compilePhrases } from './phrase-regex.ts';
import skillCues from './skill-cues.json' with { type: 'json' };
import { languageNames, skillVocabulary, type Tokens } from './vocab.ts';

const desiredRe = compilePhrases(cues.desiredInline);
const requiredRe = compilePhrases(cues.requiredInline);
const strongRequiredRe =
  /\b(should bring|must have|is required|are required|proficiency|proficient|you (?:have|bring|will need)|candidates? (?:should|must))\b/i;
const langBeforeRe = new RegExp(`${compilePhrases(skillCues.languageBefore).source}\\s+(?:the\\s+)?$`, 'i');
const langAfterRe = new RegExp(`^\\s*(?:language\\s+)?${compilePhrases(skillCues.languageAfter).source}`, 'i');
// Sentences: a full stop, "!", "?" or ";" and a space before a capital or an opening bracket.
// The stop is matched rather than looked behind for: a lookbehind is tried at every position.
const SENTENCE = /[.!?;]\s+(?=[A-Z(])/g;
const SENTENCE_HINT = /[.!?;]\s/;

/**
 * The line's sentences and where each stands in it: what text.split at SENTENCE gives, with
 * the offsets, so that a sentence's skills are read from the line's tokens.
 */
export function sentencesOf(text: string): Array<{ text: string; from: number; to: number }> {
  // A line without a stop and a space after it is one sentence: the split's lookbehind, tried at
  // every position, cost more than the rest of the judging.
  if (!SENTENCE_HINT.test(text)) return [{ text, from: 0, to: text.length }];
  const out: Array<{ text: string; from: number; to: number }> = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE)) {
    // The sentence keeps its stop; the white space after it goes.
    out.push({ text: text.slice(from, m.index + 1), from, to: m.index + 1 });
    from = m.index + m[0].length;
  }
  out.push({ text: text.slice(from), from, to: text.length });
  return out;
}

/** The sentences of a line, each also split at a ";" (a label's list of asks). */
function clausesOf(text: string): Array<{ text: string; from: number; to: number }> {
  const out: Array<{ text: string; from: number; to: number }> = [];
  for (const s of sentencesOf(text)) {
    let from = s.from;
    for (let i = text.indexOf(';', from); i >= 0 && i < s.to; i = text.indexOf(';', from)) {
      out.push({ text: text.slice(from, i + 1), from, to: i + 1 });
      from = i + 1;
    }
    if (from < s.to) out.push({ text: text.slice(from, s.to), from, to: s.to });
  }
  return out;
}

export interface SkillLines {
  required: { text: string; skills: string[] } | null;
  desired: { text: string; skills: string[] } | null;
}

function askedLanguage(sentence: string, name: string): boolean {
  for (let i = sentence.indexOf(name); i >= 0; i = sentence.indexOf(name, i + 1)) {
    if (langBeforeRe.test(sentence.slice(Math.max(0, i - 40), i))) return true;
    if (langAfterRe.test(sentence.slice(i + name.length, i + name.length + 30))) return true;
  }
  return false;
}

/**
 * The skills a line asks for (required) and would like (desired), from its own sentences.
 * `found`: the skills the line names; `tokens`: the line's tokens, when the caller has them.
 */
export function judgeSkillLine(e: Entry, found: string[], tokens?: Tokens): SkillLines {
  const out: SkillLines = { required: null, desired: null };
  if (found.length === 0) return out;
  // A label asks only when it is a requirement's own ("Skills:", "Requirements:"): each of its
  // clauses (split at ";" too) is then asked unless it says it is only wished for.
  const asks = e.kind === 'label' && e.section === 'required';
  if (e.kind === 'label' && !asks) return out;
  if (e.section === 'duties' && e.kind !== 'text') return out;
  const sentences = asks && e.text.includes(';') ? clausesOf(e.text) : sentencesOf(e.text);
  const add = (kind: 'required' | 'desired', sentence: string, skills: string[]) => {
    const slot = out[kind] ?? { text: '', skills: [] };
    slot.text = slot.text ? `${slot.text} ${sentence}` : sentence;
    for (const s of skills) if (!slot.skills.includes(s)) slot.skills.push(s);
    out[kind] = slot;
  };
  for (const { text: sentence, from, to } of sentences) {
    const named =
      sentences.length === 1
        ? found
        : tokens
          ? skillVocabulary.findIn(tokens, from, to)
          : skillVocabulary.find(sentence);
    const skills = named.filter((s) => !languageNames.has(s) || askedLanguage(sentence, s));
    if (skills.length === 0) continue;
    if (e.section === 'description' && !strongRequiredRe.test(sentence)) continue;
    if (desiredRe.test(sentence)) add('desired', sentence, skills);
    else if (asks || requiredRe.test(sentence) || strongRequiredRe.test(sentence)) add('required', sentence, skills);
  }
  // One kind for the whole line: quote the line as it stands.
  if (out.required && !out.desired) out.required.text = e.text;
  if (out.desired && !out.required) out.desired.text = e.text;
  return out;
}
