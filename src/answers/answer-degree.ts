// "Does the CTA job require a PhD?", "do I need a master's for the XRootD one?": what one posting
// says of a degree level (requires, accepts, excludes, is for students working towards it, or
// says nothing), quoted with its line; the level comes from the question.
import type { Posting } from '../corpus/posting.ts';
import { type AnswerEnv, cite, type Draft, draft, refOf, shortName, topicOf } from './context.ts';
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
  const blocks: Block[] = [{ kind: 'paragraph', text: says[s.stance] }];
  if (s.quote)
    blocks.push({ kind: 'paragraph', text: `The posting says: "${s.quote.text.replace(/\s+/g, ' ').trim()}"` });
  blocks.push(cite(p, s.quote?.line));
  const short = shortName(env, p);
  return draft(blocks, [refOf(env, p)], {
    topic: topicOf(p, 'skills'),
    suggestions: [`eligible ${short}`, `skills ${short}`],
  });
}
