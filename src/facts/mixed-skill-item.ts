// One requirement line that asks for one skill and only wishes for another: "Excellent knowledge
// of English; French is an asset" asks for English and would like French. Each clause (split at
// ";" and at sentence ends) is judged on its own; a line of one kind is left to the caller.
import cues from './cues.json' with { type: 'json' };
import { compilePhrases } from './phrase-regex.ts';
import { skillVocabulary } from './vocab.ts';

const desiredRe = compilePhrases(cues.desiredInline);
const CLAUSE = /;\s*|[.!?]\s+(?=\p{Lu})/u;

/**
 * The line's skills split into asked and wished, or null when every skill is in a wishing clause.
 * "Non-German applicants are welcome; fluent English is required": the wish is not English's.
 */
export function splitMixedItem(text: string, found: string[]): { required: string[]; desired: string[] } | null {
  if (found.length === 0 || !CLAUSE.test(text)) return null;
  const required: string[] = [];
  const desired: string[] = [];
  for (const clause of text.split(CLAUSE)) {
    const skills = skillVocabulary.find(clause).filter((s) => found.includes(s));
    const into = desiredRe.test(clause) ? desired : required;
    for (const s of skills) if (!into.includes(s)) into.push(s);
  }
  return required.length > 0 ? { required, desired } : null;
}
