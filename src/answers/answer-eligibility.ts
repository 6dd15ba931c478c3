// "Am I eligible for X? I'm Italian with a master's": the asker's words (and stored profile)
// judged against each of the posting's criteria, quoting the posting.
import type { Posting } from '../corpus/posting.ts';
import { extractFacts, judgeEligibility, mergeFacts, type UserFacts } from '../eligibility/index.ts';
import { type AnswerEnv, cite, type Draft, draft, refOf, shortName, topicOf } from './context.ts';
import type { Block, EligibilityResult } from './reply.ts';

const verdictWords: Record<EligibilityResult['verdict'], string> = {
  eligible: 'you appear to be eligible',
  not_eligible: 'you are not eligible',
  unknown: 'I cannot tell yet',
};

export function emptyProfile(): UserFacts {
  return { nationalities: [], degrees: [], affiliations: [], notAffiliated: [], earlierContracts: [], rightToWork: {} };
}

/** The stored profile, then what was said earlier in the conversation, then this message: later wins. */
export function factsFrom(
  text: string,
  env: AnswerEnv,
  profile: UserFacts | undefined,
  earlier?: UserFacts,
): UserFacts {
  let f = profile ?? emptyProfile();
  if (earlier) f = mergeFacts(f, earlier);
  return mergeFacts(f, extractFacts(text, env.now));
}

/** Whether the text says anything about the asker that eligibility rules can use. */
export function hasFacts(f: UserFacts): boolean {
  return (
    f.nationalities.length > 0 ||
    f.degrees.length > 0 ||
    f.yearsExperience !== undefined ||
    f.affiliations.length > 0 ||
    f.notAffiliated.length > 0 ||
    f.earlierContracts.length > 0 ||
    f.noEarlierContracts !== undefined ||
    Object.keys(f.rightToWork).length > 0 ||
    (f.degreesNotHeld?.length ?? 0) > 0 ||
    (f.studying?.length ?? 0) > 0 ||
    (f.contractsNotHeld?.length ?? 0) > 0 ||
    f.onSite !== undefined
  );
}

/** `said`: the facts from this conversation alone (kept in the topic for follow-ups). */
export function answerEligibility(env: AnswerEnv, p: Posting, facts: UserFacts, said?: UserFacts): Draft {
  const result = judgeEligibility(p, facts, env.now);
  const blocks: Block[] = [];
  blocks.push({ kind: 'heading', text: `Eligibility for "${p.title}": ${verdictWords[result.verdict]}.` });
  blocks.push({ kind: 'eligibility', posting: refOf(env, p), result });
  if (result.verdict === 'unknown' && result.missing.length > 0)
    blocks.push({ kind: 'paragraph', text: `To decide, tell me: ${result.missing.join('; ')}.` });
  else if (result.verdict === 'not_eligible') {
    const failed = result.criteria.filter((c) => c.status === 'not_met').length;
    blocks.push({
      kind: 'paragraph',
      text: `${failed} criterion${failed === 1 ? ' is' : 'a are'} not met. If I misread your situation, tell me more and I will check again.`,
    });
  }
  blocks.push(cite(p, result.criteria[0]?.line));
  const name = shortName(env, p);
  return draft(blocks, [refOf(env, p)], {
    eligibility: result,
    topic: said && hasFacts(said) ? { ...topicOf(p, 'eligibility'), facts: said } : topicOf(p, 'eligibility'),
    suggestions: [`show ${name}`, `contact ${name}`],
  });
}
