// Eligibility: the posting's criteria as typed rules, the asker's words as facts, a verdict.
// PLACEHOLDER signatures: the eligibility work replaces the bodies (and may refine UserFacts).
import type { EligibilityResult } from '../answers/reply.ts';
import type { Posting } from '../corpus/posting.ts';

/** What we know about the person asking, from their words or their stored profile. */
export interface UserFacts {
  /** Countries of nationality, as English common names ("Italy"). */
  nationalities: string[];
  /** Degrees held: 'bachelor' | 'master' | 'phd' (and 'none' when they say they have none). */
  degrees: string[];
  /** Years of professional experience since graduation. */
  yearsExperience?: number;
  /** Institutes or collaborations they are affiliated to; `notAffiliated` lists explicit denials. */
  affiliations: string[];
  notAffiliated: string[];
  /** Earlier contracts they had ("CERN fellow", "CERN graduate"); `noEarlierContracts` when denied. */
  earlierContracts: string[];
  noEarlierContracts?: boolean;
  /** Countries where they have (true) or lack (false) the right to work. */
  rightToWork: Record<string, boolean>;
}

export function emptyFacts(): UserFacts {
  return { nationalities: [], degrees: [], affiliations: [], notAffiliated: [], earlierContracts: [], rightToWork: {} };
}

/** Facts from free text such as "I'm Italian with a master's". */
export function extractFacts(_text: string): UserFacts {
  return emptyFacts();
}

/** Later facts win; lists are merged. */
export function mergeFacts(base: UserFacts, update: UserFacts): UserFacts {
  return {
    nationalities: [...new Set([...base.nationalities, ...update.nationalities])],
    degrees: [...new Set([...base.degrees, ...update.degrees])],
    yearsExperience: update.yearsExperience ?? base.yearsExperience,
    affiliations: [...new Set([...base.affiliations, ...update.affiliations])],
    notAffiliated: [...new Set([...base.notAffiliated, ...update.notAffiliated])],
    earlierContracts: [...new Set([...base.earlierContracts, ...update.earlierContracts])],
    noEarlierContracts: update.noEarlierContracts ?? base.noEarlierContracts,
    rightToWork: { ...base.rightToWork, ...update.rightToWork },
  };
}

/** Each criterion met / not met / unknown with the reason; one not met makes not_eligible. */
export function judgeEligibility(posting: Posting, _facts: UserFacts, _now: Date): EligibilityResult {
  return {
    verdict: 'unknown',
    criteria: posting.eligibility.map((c) => ({
      text: c.text,
      status: 'unknown',
      why: 'not judged yet',
      line: c.line,
    })),
    missing: [],
  };
}
