// "Am I eligible for X? I'm Italian with a master's": the asker's words (and stored profile)
// judged against each of the posting's criteria, quoting the posting.
import type { Posting } from '../corpus/posting.ts';
import { extractFacts, judgeEligibility, mergeFacts, type UserFacts } from '../eligibility/index.ts';
import {
  type AnswerEnv,
  cite,
  type Draft,
  deadlineNote,
  draft,
  refOf,
  shortName,
  statusOf,
  topicOf,
} from './context.ts';
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
    (f.notNationalOf?.length ?? 0) > 0 ||
    (f.nationalOfGroups?.length ?? 0) > 0 ||
    f.degrees.length > 0 ||
    f.yearsExperience !== undefined ||
    f.postdocYears !== undefined ||
    f.skillYears !== undefined ||
    f.affiliations.length > 0 ||
    f.notAffiliated.length > 0 ||
    (f.formerEmployers?.length ?? 0) > 0 ||
    f.earlierContracts.length > 0 ||
    f.noEarlierContracts !== undefined ||
    Object.keys(f.rightToWork).length > 0 ||
    f.workPermitUnplaced !== undefined ||
    (f.degreesNotHeld?.length ?? 0) > 0 ||
    (f.studying?.length ?? 0) > 0 ||
    (f.contractsNotHeld?.length ?? 0) > 0 ||
    f.onSite !== undefined ||
    f.presence !== undefined ||
    f.age !== undefined ||
    f.birthYear !== undefined ||
    (f.residence?.length ?? 0) > 0 ||
    (f.languages?.length ?? 0) > 0 ||
    (f.notLanguages?.length ?? 0) > 0 ||
    (f.permanentResidentOf?.length ?? 0) > 0 ||
    f.noPermanentResidence !== undefined ||
    Object.keys(f.degreeDates ?? {}).length > 0
  );
}

/** What an unknown verdict still needs: facts to tell me, criteria to check yourself, or nothing to judge. */
export interface Needs {
  /** Facts about the asker that would decide ("your nationality"). */
  ask: string[];
  /** Criteria in the posting's words that no answer of the asker can settle here. */
  check: string[];
  /** The posting states no criteria (or only pointers to others). */
  noCriteria: boolean;
}

export function needsOf(result: EligibilityResult): Needs {
  const judged = result.criteria.filter((c) => !c.why.startsWith('informational'));
  const check = judged
    .filter((c) => c.status === 'unknown' && c.why.startsWith('to check yourself'))
    .map((c) => c.text);
  const checkSet = new Set(check.map((t) => t.slice(0, 60)));
  const ask = result.missing.filter(
    (m) =>
      !m.startsWith('to check yourself') &&
      !m.startsWith('the posting states no') &&
      !checkSet.has(m.replace(/^to check yourself: "/, '').slice(0, 60)),
  );
  return { ask, check, noCriteria: judged.length === 0 };
}

const quoteClip = (t: string) => `"${t.length > 120 ? `${t.slice(0, 117).trimEnd()}...` : t}"`;

/** One line for a list of verdicts: "eligible", "not eligible: ...", "cannot tell yet: tell me ...". */
export function verdictDetail(result: EligibilityResult): string {
  if (result.verdict === 'eligible') return 'eligible';
  if (result.verdict === 'not_eligible') {
    const failed = result.criteria.find((x) => x.status === 'not_met');
    return failed ? `not eligible: ${failed.why}` : 'not eligible';
  }
  const n = needsOf(result);
  if (n.noCriteria) return 'no eligibility criteria stated: ask its contact';
  const parts: string[] = [];
  if (n.ask.length) parts.push(`tell me ${n.ask.join('; ')}`);
  if (n.check.length) parts.push(`check yourself ${n.check.map(quoteClip).join('; ')}`);
  return `cannot tell yet${parts.length ? `: ${parts.join('; and ')}` : ''}`;
}

/** `said`: the facts from this conversation alone (kept in the topic for follow-ups). */
export function answerEligibility(env: AnswerEnv, p: Posting, facts: UserFacts, said?: UserFacts): Draft {
  const result = judgeEligibility(p, facts, env.now);
  const blocks: Block[] = [];
  const needs = needsOf(result);
  const headline =
    result.verdict === 'unknown' && needs.noCriteria
      ? `Eligibility for "${p.title}": the posting states no eligibility criteria.`
      : `Eligibility for "${p.title}": ${verdictWords[result.verdict]}.`;
  blocks.push({ kind: 'heading', text: headline });
  // "can I still apply?", "can I already apply?": whoever is eligible, a closed call or one not open yet says so first.
  const status = statusOf(env, p);
  if (status === 'closed' || status === 'upcoming')
    blocks.push({ kind: 'paragraph', text: `Note: the posting is ${deadlineNote(env, p)}.` });
  blocks.push({ kind: 'eligibility', posting: refOf(env, p), result });
  if (result.verdict === 'unknown') {
    if (needs.noCriteria) {
      const who = p.contacts[0]?.email ?? p.contacts[0]?.name;
      blocks.push({
        kind: 'paragraph',
        text: `Nothing in it rules you out, but I cannot confirm that you are eligible; ask its contact${who ? ` (${who})` : ''} before applying.`,
      });
    } else {
      if (needs.ask.length > 0)
        blocks.push({ kind: 'paragraph', text: `To decide, tell me: ${needs.ask.join('; ')}.` });
      if (needs.check.length > 0)
        blocks.push({
          kind: 'paragraph',
          text: `I cannot judge ${needs.check.length === 1 ? 'this criterion' : 'these criteria'} from what you say; check ${needs.check.length === 1 ? 'it' : 'them'} yourself: ${needs.check.map(quoteClip).join('; ')}.`,
        });
    }
  } else if (result.verdict === 'not_eligible') {
    const failed = result.criteria.filter((c) => c.status === 'not_met').length;
    blocks.push({
      kind: 'paragraph',
      text: `${failed} ${failed === 1 ? 'criterion is' : 'criteria are'} not met. If I misread your situation, tell me more and I will check again.`,
    });
  }
  // "can I still apply?": an open call says how long it stays open.
  if (status === 'open') blocks.push({ kind: 'paragraph', text: `Applications: ${deadlineNote(env, p)}.` });
  blocks.push(cite(p, result.criteria[0]?.line));
  const name = shortName(env, p);
  return draft(blocks, [refOf(env, p)], {
    eligibility: result,
    topic: said && hasFacts(said) ? { ...topicOf(p, 'eligibility'), facts: said } : topicOf(p, 'eligibility'),
    suggestions: [`show ${name}`, `contact ${name}`],
  });
}
