// "Do I need to speak French for the XRootD job?", "does the CTA job use Python?": what one
// posting says of the skills the question names (required, desired, only named, or not at all),
// each quoted with its line, rather than the posting's whole skills list.
import type { Posting, SkillFact } from '../corpus/posting.ts';
import { type AnswerEnv, cite, type Draft, draft, refOf, shortName, topicOf } from './context.ts';
import type { Block } from './reply.ts';

/** How a posting asks for a skill, and the line that says so. */
export function skillStance(
  p: Posting,
  skill: string,
): { stance: 'required' | 'desired' | 'named' | 'absent'; fact?: SkillFact } {
  const required = p.requiredSkills.find((s) => s.skills.includes(skill));
  if (required) return { stance: 'required', fact: required };
  const desired = p.desiredSkills.find((s) => s.skills.includes(skill));
  if (desired) return { stance: 'desired', fact: desired };
  return { stance: p.skills.includes(skill) ? 'named' : 'absent' };
}

/** What a posting titled `title` says of `skill`, as the answer's sentence opens. */
export function stanceSaid(title: string, skill: string, stance: ReturnType<typeof skillStance>['stance']): string {
  return {
    required: `"${title}" requires ${skill}`,
    desired: `"${title}" would like ${skill}, but does not require it`,
    named: `"${title}" names ${skill}, but not as a requirement`,
    absent: `"${title}" does not ask for ${skill}`,
  }[stance];
}

export function answerSkills(env: AnswerEnv, p: Posting, skills: readonly string[]): Draft {
  const t = p.title;
  const blocks: Block[] = [];
  let line: number | undefined;
  for (const skill of skills) {
    const s = skillStance(p, skill);
    const says = stanceSaid(t, skill, s.stance);
    const quote = s.fact ? `: "${s.fact.text.replace(/\s+/g, ' ').trim()}" (line ${s.fact.line})` : '.';
    blocks.push({ kind: 'paragraph', text: `${says}${quote}` });
    line ??= s.fact?.line;
  }
  if (p.requiredSkills.length > 0 && skills.every((k) => skillStance(p, k).stance === 'absent'))
    blocks.push({
      kind: 'paragraph',
      text: `It asks for: ${[...new Set(p.requiredSkills.flatMap((s) => s.skills))].slice(0, 12).join(', ')}.`,
    });
  blocks.push(cite(p, line));
  const short = shortName(env, p);
  return draft(blocks, [refOf(env, p)], {
    topic: topicOf(p, 'skills'),
    suggestions: [`skills ${short}`, `eligible ${short}`],
  });
}
