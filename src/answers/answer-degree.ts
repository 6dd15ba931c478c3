// "Does the CTA job require a PhD?", "do I need a master's for the XRootD one?": what one posting
// says of a degree level (requires, accepts, excludes, is for students working towards it, or
// says nothing), quoted with its line; the level comes from the question.
import type { Posting } from '../corpus/posting.ts';
import { type AnswerEnv, cite, type Draft, draft, refOf, shortName, topicOf } from './context.ts';
import data from './data/degrees.json' with { type: 'json' };
import { type DegreeLevel, degreeStance, degreesIn } from './degree-requirement.ts';
import { isPostingNoun, isRoleKind } from './intents.ts';
import type { Block } from './reply.ts';
import { words } from './text.ts';

export const LEVEL_NAMES: Record<DegreeLevel, string> = {
  bachelor: "a bachelor's",
  master: "a master's",
  phd: 'a PhD',
};

/** The degree level a question about one posting asks of ("require a PhD?"), not a kind of post ("the PhD position"). */
export function askedDegree(text: string): DegreeLevel | null {
  const ws = words(text);
  const hit = degreesIn(text).find((d) => {
    const next = ws[d.index + 1]?.norm ?? '';
    return !isPostingNoun(next) && !isRoleKind(next) && !/^(student|candidate|programme|program|call)s?$/.test(next);
  });
  return hit?.level ?? null;
}

const RANK: Record<DegreeLevel, number> = { bachelor: 1, master: 2, phd: 3 };

export function answerDegree(env: AnswerEnv, p: Posting, level: DegreeLevel): Draft {
  const t = p.title;
  const name = LEVEL_NAMES[level];
  const s = degreeStance(p, level);
  const minimum = p.degree ? LEVEL_NAMES[p.degree] : null;
  const says: Record<typeof s.stance, string> = {
    requires: `"${t}" requires ${name}.`,
    accepts: `"${t}" accepts ${name}, but does not require it.`,
    excludes: `"${t}" is not open to holders of ${name}.`,
    students: `"${t}" is for students working towards ${name}: you need not hold one.`,
    silent: !p.degree
      ? `"${t}" states no degree requirement; ask its contact if in doubt.`
      : RANK[p.degree] > RANK[level]
        ? `"${t}" asks for more than ${name}: at least ${minimum}.`
        : `"${t}" does not require ${name}: ${minimum} is enough.`,
  };
  // Silent on the level asked: the line that states its minimum, or a line asking for some degree
  // ("A degree in computer science, physics or engineering"), says what it does ask.
  const quote =
    s.quote ??
    (s.stance === 'silent' ? ((p.degree ? degreeStance(p, p.degree).quote : undefined) ?? degreeLine(p)) : undefined);
  let text = says[s.stance];
  if (s.stance === 'silent' && !p.degree && quote)
    text = `"${t}" does not ask for ${name} by name: it asks for a degree of no stated level.`;
  const blocks: Block[] = [{ kind: 'paragraph', text }];
  if (quote) blocks.push({ kind: 'paragraph', text: `The posting says: "${quote.text.replace(/\s+/g, ' ').trim()}"` });
  blocks.push(cite(p, quote?.line));
  const short = shortName(env, p);
  return draft(blocks, [refOf(env, p)], {
    topic: topicOf(p, 'skills'),
    suggestions: [`eligible ${short}`, `skills ${short}`],
  });
}

const degreeNoun = new RegExp(`(?:^|[^\\p{L}])(?:${data.degreeNouns.join('|')})`, 'iu');

/** An eligibility or requirement line that asks for a degree of no named level. */
function degreeLine(p: Posting): { text: string; line?: number } | undefined {
  return [...p.eligibility, ...p.requiredSkills].find((q) => degreeNoun.test(q.text));
}
