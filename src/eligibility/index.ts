// Eligibility: the posting's criteria as typed rules, the asker's words as facts, a verdict.
// Rules: ./rules.ts (buildRules), facts: ./facts.ts, evaluation: ./judge.ts. A profile can come
// from anywhere (chat text, a stored profile): judgeEligibility only reads UserFacts.
import type { EligibilityResult } from '../answers/reply.ts';
import type { Posting } from '../corpus/posting.ts';
import { extract } from './facts.ts';
import { judge } from './judge.ts';

export { buildRules, type Criterion, type Rule } from './rules.ts';

/** What we know about the person asking, from their words or their stored profile. */
export interface UserFacts {
  /** Countries of nationality, as English common names ("Italy"). */
  nationalities: string[];
  /**
   * Nationalities they deny ("I'm not a US citizen"): countries by name, or a group of states
   * ('cern', 'cern_or_associate', 'eu': "not a CERN member state national").
   */
  notNationalOf?: string[];
  /** Groups of states they are a national of, when they named none of its states ("I'm an EU citizen"): 'cern', 'cern_or_associate', 'eu'. */
  nationalOfGroups?: string[];
  /** Degrees held: 'bachelor' | 'master' | 'phd' (and 'none' when they say they have none). */
  degrees: string[];
  /** Years of professional experience since graduation. */
  yearsExperience?: number;
  /** Years of experience with a skill ("4 years of Kubernetes", "5 yrs k8s"), by its canonical name. */
  skillYears?: Record<string, number>;
  /** Years spent as a postdoc ("two years of postdoc", "a postdoc of 18 months"). */
  postdocYears?: number;
  /** Institutes or collaborations they are affiliated to; `notAffiliated` lists explicit denials. */
  affiliations: string[];
  notAffiliated: string[];
  /** Institutes they worked for before ("I worked at UCM until last spring"). */
  formerEmployers?: string[];
  /** Earlier contracts they had ("CERN fellow", "CERN graduate"); `noEarlierContracts` when denied. */
  earlierContracts: string[];
  noEarlierContracts?: boolean;
  /** Countries where they have (true) or lack (false) the right to work. */
  rightToWork: Record<string, boolean>;
  /** The right to work said of no country ("I need a visa", "I hold a work permit"): where the job is. */
  workPermitUnplaced?: boolean;
  /** Degrees they said they do NOT hold ("I don't have a PhD"). */
  degreesNotHeld?: string[];
  /** Countries where they are permanent residents ("I have a green card"); "" when they named none. */
  permanentResidentOf?: string[];
  /** They said they are not a permanent resident ("no green card"). */
  noPermanentResidence?: boolean;
  /** Degrees they are studying for ("I'm a PhD student"): not held yet. */
  studying?: string[];
  /** When they expect to finish the degree they study for ("finishing my PhD in March"), YYYY-MM-DD (the month's last day). */
  studyingUntil?: string;
  /** Earlier contract kinds they denied ("I was never a CERN fellow"). */
  contractsNotHeld?: string[];
  /** Whether they can be on site full time (true) or only remotely (false). */
  onSite?: boolean;
  /** The share of their time they can be on site (0.5 for "half the time"); -1 "less than full time". */
  presence?: number;
  /** The share of a full week they can work (1 full time; -1 "only part-time", by how much unsaid). */
  availability?: number;
  /** Their age in years. */
  age?: number;
  /** The year they were born ("born in 1990"), when they gave no age: their age is one of two. */
  birthYear?: number;
  /** Their day of birth, when they gave it whole ("born on 12 March 1998"): YYYY-MM-DD. */
  birthDate?: string;
  /** When each held degree was obtained (YYYY-MM-DD, approximate when only a year was said). */
  degreeDates?: Partial<Record<'bachelor' | 'master' | 'phd', string>>;
  /** The field of each held degree, in their words ("particle physics"). */
  degreeFields?: Partial<Record<'bachelor' | 'master' | 'phd', string>>;
  /** A university degree they hold of a level they did not say ("I got a degree in physics"): its field, or "". */
  someDegree?: string;
  /** The field of the degree they are studying for ("experimental particle physics"). */
  studyField?: string;
  /** The country of the university they study or studied at ("I'm doing a PhD in Germany"). */
  studyCountry?: string;
  /** Languages they say they speak ("I speak fluent French"), and those they say they do not. */
  languages?: string[];
  notLanguages?: string[];
  /** Countries they live in, with the months lived there when said. */
  residence?: { country: string; months?: number; staying?: boolean; never?: boolean }[];
}

export function emptyFacts(): UserFacts {
  return { nationalities: [], degrees: [], affiliations: [], notAffiliated: [], earlierContracts: [], rightToWork: {} };
}

/** Facts from free text such as "I'm Italian with a master's". Never throws; input is capped. */
export function extractFacts(text: string, now: Date = new Date()): UserFacts {
  try {
    return extract(text, now);
  } catch {
    return emptyFacts();
  }
}

function uniq(xs: string[]): string[] {
  return [...new Set(xs)];
}
const without = (xs: string[] | undefined, drop: string[] | undefined): string[] =>
  (xs ?? []).filter((x) => !(drop ?? []).includes(x));

/** Later facts win; lists are merged, and a later denial removes an earlier claim (and back). */
export function mergeFacts(base: UserFacts, update: UserFacts): UserFacts {
  const merged: UserFacts = {
    nationalities: uniq([...without(base.nationalities, update.notNationalOf), ...update.nationalities]),
    degrees: uniq([...without(base.degrees, update.degreesNotHeld), ...update.degrees]),
    affiliations: uniq([...without(base.affiliations, update.notAffiliated), ...update.affiliations]),
    notAffiliated: uniq([...without(base.notAffiliated, update.affiliations), ...update.notAffiliated]),
    earlierContracts: uniq([...without(base.earlierContracts, update.contractsNotHeld), ...update.earlierContracts]),
    rightToWork: { ...base.rightToWork, ...update.rightToWork },
  };
  const notNational = uniq([...without(base.notNationalOf, update.nationalities), ...(update.notNationalOf ?? [])]);
  if (notNational.length > 0) merged.notNationalOf = notNational;
  const groups = uniq([...without(base.nationalOfGroups, update.notNationalOf), ...(update.nationalOfGroups ?? [])]);
  if (groups.length > 0) merged.nationalOfGroups = groups;
  const former = uniq([...(base.formerEmployers ?? []), ...(update.formerEmployers ?? [])]);
  if (former.length > 0) merged.formerEmployers = former;
  const years = update.yearsExperience ?? base.yearsExperience;
  if (years !== undefined) merged.yearsExperience = years;
  const unplaced = update.workPermitUnplaced ?? base.workPermitUnplaced;
  if (unplaced !== undefined) merged.workPermitUnplaced = unplaced;
  const skillYears = { ...base.skillYears, ...update.skillYears };
  if (Object.keys(skillYears).length > 0) merged.skillYears = skillYears;
  const postdocYears = update.postdocYears ?? base.postdocYears;
  if (postdocYears !== undefined) merged.postdocYears = postdocYears;
  const noEarlier =
    update.earlierContracts.length > 0
      ? update.noEarlierContracts
      : (update.noEarlierContracts ?? base.noEarlierContracts);
  if (noEarlier !== undefined) merged.noEarlierContracts = noEarlier;
  const notHeld = uniq([...without(base.degreesNotHeld, update.degrees), ...(update.degreesNotHeld ?? [])]);
  if (notHeld.length > 0) merged.degreesNotHeld = notHeld;
  const studying = uniq([...without(base.studying, update.degrees), ...(update.studying ?? [])]);
  if (studying.length > 0) merged.studying = studying;
  const pr = uniq([...(base.permanentResidentOf ?? []), ...(update.permanentResidentOf ?? [])]);
  if (pr.length > 0) merged.permanentResidentOf = pr;
  const noPr = update.noPermanentResidence ?? (update.permanentResidentOf ? undefined : base.noPermanentResidence);
  if (noPr !== undefined) merged.noPermanentResidence = noPr;
  const until = update.studyingUntil ?? (update.degrees.length > 0 ? undefined : base.studyingUntil);
  if (until !== undefined && studying.length > 0) merged.studyingUntil = until;
  const cNot = uniq([...without(base.contractsNotHeld, update.earlierContracts), ...(update.contractsNotHeld ?? [])]);
  if (cNot.length > 0) merged.contractsNotHeld = cNot;
  const onSite = update.onSite ?? base.onSite;
  if (onSite !== undefined) merged.onSite = onSite;
  const presence = update.presence ?? (update.onSite !== undefined ? undefined : base.presence);
  if (presence !== undefined) merged.presence = presence;
  const availability = update.availability ?? base.availability;
  if (availability !== undefined) merged.availability = availability;
  const age = update.age ?? (update.birthYear !== undefined ? undefined : base.age);
  if (age !== undefined) merged.age = age;
  const birthYear = update.birthYear ?? (update.age !== undefined ? undefined : base.birthYear);
  if (birthYear !== undefined && age === undefined) merged.birthYear = birthYear;
  const birthDate =
    update.birthDate ?? (update.age !== undefined || update.birthYear !== undefined ? undefined : base.birthDate);
  if (birthDate !== undefined) merged.birthDate = birthDate;
  const dates = { ...base.degreeDates, ...update.degreeDates };
  if (Object.keys(dates).length > 0) merged.degreeDates = dates;
  const fields = { ...base.degreeFields, ...update.degreeFields };
  if (Object.keys(fields).length > 0) merged.degreeFields = fields;
  const some = update.someDegree ?? base.someDegree;
  if (some !== undefined) merged.someDegree = some;
  const studyField = update.studyField ?? base.studyField;
  if (studyField !== undefined) merged.studyField = studyField;
  const studyCountry = update.studyCountry ?? base.studyCountry;
  if (studyCountry !== undefined) merged.studyCountry = studyCountry;
  const langs = uniq([...without(base.languages, update.notLanguages), ...(update.languages ?? [])]);
  if (langs.length > 0) merged.languages = langs;
  const notLangs = uniq([...without(base.notLanguages, update.languages), ...(update.notLanguages ?? [])]);
  if (notLangs.length > 0) merged.notLanguages = notLangs;
  const residence = [
    ...(base.residence ?? []).filter((r) => !(update.residence ?? []).some((u) => u.country === r.country)),
    ...(update.residence ?? []),
  ];
  if (residence.length > 0) merged.residence = residence;
  return merged;
}

/** Each criterion met / not met / unknown with the reason; one not met makes not_eligible. Never throws. */
export function judgeEligibility(posting: Posting, facts: UserFacts, now: Date): EligibilityResult {
  try {
    return judge(posting, facts, now);
  } catch {
    return {
      verdict: 'unknown',
      criteria: (posting?.eligibility ?? []).map((c) => ({
        text: c.text,
        status: 'unknown',
        why: 'could not be judged',
        line: c.line,
      })),
      missing: [],
    };
  }
}
