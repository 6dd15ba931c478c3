// Rules + facts -> met / not_met / unknown per criterion, and the verdict.
import type { CriterionResult, CriterionStatus, EligibilityResult } from '../answers/reply.ts';
import { locateLine } from '../corpus/cite-line.ts';
import type { Posting } from '../corpus/posting.ts';
import { daysBetween } from '../time/calendar.ts';
import { cernStatesOn, cernStatusOn } from './cern-membership.ts';
import eu from './data/eu-states.json' with { type: 'json' };
import { DEGREE_RANK } from './facts.ts';
import type { UserFacts } from './index.ts';
import { matchField } from './match-field.ts';
import { buildRules, type Rule } from './rules.ts';

interface RuleResult {
  status: CriterionStatus;
  why: string;
  /** What to ask when unknown. */
  ask?: string;
}

const EU_STATES: string[] = eu.eu;
const FREE_MOVEMENT = new Set([...eu.eu, ...eu.freeMovementExtra]);
const ALSO = eu.rightToWorkAlso as Record<string, string[]>;

const DEGREE_NAME: Record<string, string> = {
  none: 'no degree',
  bachelor: "a bachelor's",
  master: "a master's",
  phd: 'a PhD',
};

/** "an ATLAS", "a CMS": the article as the name is spoken (an initialism by its first letter's name). */
function article(name: string): string {
  const spokenVowel = /^[A-Z]{2,}/.test(name) ? /^[AEFHILMNORSX]/.test(name) : /^[aeiou]/i.test(name);
  return `${spokenVowel ? 'an' : 'a'} ${name}`;
}

function list(xs: string[]): string {
  return xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

function highest(f: UserFacts): string | null {
  let best: string | null = null;
  for (const d of f.degrees) if (best === null || (DEGREE_RANK[d] ?? 0) > (DEGREE_RANK[best] ?? 0)) best = d;
  return best;
}

/** "the United Kingdom", "the Netherlands", "Italy". */
function the(c: string): string {
  return /^(?:United|Netherlands|Czech Republic|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles)\b/.test(c)
    ? `the ${c}`
    : c;
}

/** The day of the most recent degree the asker dated. */
function latestDegreeDate(f: UserFacts): string | undefined {
  const ds = Object.values(f.degreeDates ?? {}).filter((d): d is string => typeof d === 'string');
  return ds.sort().pop();
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The field of the degree that meets a requirement: the one at that level, else the highest's. */
function fieldOfUser(f: UserFacts, min: string): string | undefined {
  const fields = f.degreeFields ?? {};
  const order = ['phd', 'master', 'bachelor'] as const;
  const at = fields[min as (typeof order)[number]];
  if (at) return at;
  for (const l of order) if ((DEGREE_RANK[l] ?? 0) >= (DEGREE_RANK[min] ?? 0) && fields[l]) return fields[l];
  return undefined;
}

function years(y: number): string {
  return `${y} year${y === 1 ? '' : 's'}`;
}

/**
 * A nationality rule for someone who only said what they are not ("not a CERN member state
 * national", "a non-US citizen"): not met when the denial covers every accepted state; null when
 * it does not settle it (an associate member state's national may say "not a member state").
 */
function judgeDenied(
  rule: Extract<Rule, { kind: 'nationality' }>,
  countries: string[],
  group: string,
  denied: string[],
): RuleResult | null {
  if (denied.length === 0 || (rule.also?.length ?? 0) > 0) return null;
  const notMet = (what: string): RuleResult => ({
    status: 'not_met',
    why: `requires a national of ${group}; you said you are not a national of ${what}`,
  });
  if (rule.cern) {
    if (denied.includes('cern_or_associate')) return notMet('a CERN Member or Associate Member State');
    if (!denied.includes('cern')) return null;
    if (rule.cern === 'member') return notMet('a CERN Member State');
    return {
      status: 'unknown',
      why: `requires a national of ${group}; you said you are not a national of a CERN Member State, but nationals of an Associate Member State are accepted too`,
      ask: 'your nationality',
    };
  }
  if (group === 'an EU Member State' && denied.includes('eu')) return notMet('an EU Member State');
  return countries.length > 0 && countries.every((c) => denied.includes(c)) ? notMet(list(countries.map(the))) : null;
}

/** "No more than 2 years of postdoctoral experience": no PhD or no postdoc is none; the time since the PhD bounds it. */
function judgePostdocCap(cap: number, f: UserFacts, now: Date, sincePhd: boolean): RuleResult {
  const need = `allows at most ${years(cap)} of postdoctoral experience`;
  if (f.contractsNotHeld?.includes('postdoc'))
    return { status: 'met', why: `${need}; you said you have not done a postdoc` };
  if (!f.degrees.includes('phd') && (f.studying?.includes('phd') || f.degreesNotHeld?.includes('phd')))
    return { status: 'met', why: `${need}; you do not hold a PhD yet, so you have none` };
  const phdAt = f.degreeDates?.phd;
  if (phdAt) {
    const since = Math.round((daysBetween(phdAt, now.toISOString().slice(0, 10)) / 365.25) * 10) / 10;
    if (since <= cap)
      return {
        status: 'met',
        why: `${need}; you got your PhD about ${years(since)} ago, so you cannot have more`,
      };
    if (sincePhd)
      return {
        status: 'not_met',
        why: `${need}, counted from the PhD's defence; you got your PhD about ${years(since)} ago`,
      };
  }
  const y = f.postdocYears;
  if (y !== undefined)
    return {
      status: y <= cap ? 'met' : 'not_met',
      why: `${need}; you said ${years(y)} of postdoc`,
    };
  return {
    status: 'unknown',
    why: `${need}; you have not said how long you have been a postdoc${f.earlierContracts.includes('postdoc') ? ' (you said you did one)' : ''}`,
    ask: 'how many years of postdoctoral experience you have',
  };
}

/** What a group the asker named ("an EU citizen") settles of a nationality rule: its words when it is met, else null. */
function judgeGroupHeld(rule: Extract<Rule, { kind: 'nationality' }>, groups: string[]): string | null {
  if (rule.unlisted) return null;
  if (rule.cern === 'member_or_associate' && (groups.includes('cern') || groups.includes('cern_or_associate')))
    return 'a national of a CERN Member or Associate Member State';
  if (rule.cern === 'member' && groups.includes('cern')) return 'a national of a CERN Member State';
  if (!rule.cern && groups.includes('eu') && EU_STATES.every((c) => rule.countries.includes(c)))
    return 'a national of an EU Member State';
  return null;
}

/** A rule not met on its own terms, where the criterion leaves another way in: unknown, asking for it. */
function orOtherWay(rule: Rule, r: RuleResult, f?: UserFacts): RuleResult {
  // "(1) in the process of completing their PhD, or (2) ...": a PhD student comes in that way.
  if (rule.completing && r.status !== 'met' && f?.studying?.includes('phd') && !f.degrees.includes('phd'))
    return {
      status: 'met',
      why: `it also accepts a PhD being completed ("${rule.completing}"); you are completing yours`,
    };
  if (r.status !== 'not_met' || !rule.unless) return r;
  return { status: 'unknown', why: `${r.why}, but it is also met if ${rule.unless}`, ask: `whether ${rule.unless}` };
}

/** "US citizens or permanent residents": what the asker said of a permanent residence there. */
function judgeResidents(countries: string[], group: string, f: UserFacts): RuleResult {
  const need = `requires a national or a permanent resident of ${group}`;
  const held = f.permanentResidentOf ?? [];
  // "I have a permanent residence permit" names no country: the posting's, when it names one.
  const where =
    held.find((c) => countries.includes(c)) ?? (held.includes('') && countries.length === 1 ? countries[0] : undefined);
  if (where) return { status: 'met', why: `${need}; you said you are a permanent resident of ${the(where)}` };
  if (f.noPermanentResidence || held.length > 0)
    return { status: 'not_met', why: `${need}; you said you are not a permanent resident there` };
  return {
    status: 'unknown',
    why: `${need}; you have not said whether you are a permanent resident`,
    ask: `whether you are a national or a permanent resident of ${group}`,
  };
}

/** A degree still in progress against a criterion that wants it held by the deadline or the start. */
function judgeHeldBy(by: string, need: string, level: string, f: UserFacts, posting: Posting, now: Date): RuleResult {
  const target =
    by === 'deadline'
      ? posting.deadline?.date
      : by === 'start'
        ? (posting.start?.from ?? undefined)
        : ageDay(by, posting, now).day;
  const moment =
    by === 'deadline' ? 'the application deadline' : by === 'start' ? 'the start of the contract' : (target ?? by);
  const degree = DEGREE_NAME[level] ?? level;
  if (!f.studyingUntil)
    return {
      status: 'unknown',
      why: `requires ${need} by ${moment}; you ${f.studying?.includes(level) ? 'are studying for' : 'do not hold'} ${degree} and have not said when you expect to finish`,
      ask: `when you expect to finish your ${level === 'phd' ? 'PhD' : 'degree'}`,
    };
  const until = f.studyingUntil.slice(0, 7);
  if (!target)
    return {
      status: 'unknown',
      why: `requires ${need} by ${moment}, which the posting does not date; you expect to finish around ${until}`,
    };
  const ok = f.studyingUntil <= target;
  return {
    status: ok ? 'met' : 'not_met',
    why: `requires ${need} by ${moment} (${target}); you expect to finish around ${until}, ${ok ? 'before' : 'after'} it`,
  };
}

/** The day an age limit is counted at, and its name: the deadline, a stated day, or today. */
function ageDay(at: string | undefined, posting: Posting, now: Date): { day: string; name: string } {
  const today = now.toISOString().slice(0, 10);
  if (at === 'deadline')
    return posting.deadline?.date
      ? { day: posting.deadline.date, name: `on the closing date (${posting.deadline.date})` }
      : { day: today, name: 'today (the posting does not date its closing day)' };
  if (at?.startsWith('--')) {
    // "au 1er octobre de l'année considérée": that day in the call's year, on or after its deadline.
    const from = posting.deadline?.date ?? today;
    let day = `${from.slice(0, 4)}${at.slice(1)}`;
    if (day < from) day = `${Number(from.slice(0, 4)) + 1}${at.slice(1)}`;
    return { day, name: `on ${day}` };
  }
  if (at) return { day: at, name: `on ${at}` };
  return { day: today, name: 'today' };
}

/** Whole years from `born` (YYYY-MM-DD) to `day`. */
function ageOn(born: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(born.slice(0, 4));
  return day.slice(5) < born.slice(5) ? years - 1 : years;
}

/** "under 30 on the closing date": the asker's age at that day, from their age today, year or day of birth. */
function judgeMaxAge(rule: Extract<Rule, { kind: 'max_age' }>, f: UserFacts, posting: Posting, now: Date): RuleResult {
  const limit = rule.strict ? `under ${rule.max}` : `at most ${rule.max}`;
  const { day, name } = ageDay(rule.at, posting, now);
  const need = `you must be ${limit} years old ${name}`;
  const fits = (a: number) => (rule.strict ? a < rule.max : a <= rule.max);
  const today = now.toISOString().slice(0, 10);
  let lo: number;
  let hi: number;
  let said: string;
  if (f.birthDate) {
    lo = hi = ageOn(f.birthDate, day);
    said = `you said you were born on ${f.birthDate}, so you are ${lo} then`;
  } else if (f.birthYear !== undefined) {
    // Born in 1990: 36 or 37 in 2027, by the birthday.
    hi = Number(day.slice(0, 4)) - f.birthYear;
    lo = hi - 1;
    said = `you said you were born in ${f.birthYear}, so you are ${lo} or ${hi} then`;
  } else if (f.age !== undefined) {
    const ahead = daysBetween(today, day);
    if (Math.abs(ahead) < 1) lo = hi = f.age;
    else if (ahead > 0) {
      lo = f.age + Math.floor(ahead / 366);
      hi = f.age + Math.ceil(ahead / 365);
    } else {
      lo = f.age - Math.ceil(-ahead / 365);
      hi = f.age - Math.floor(-ahead / 366);
    }
    said = lo === hi ? `you said you are ${f.age}` : `you said you are ${f.age} now, so ${lo} or ${hi} then`;
  } else return { status: 'unknown', why: `${need}; you have not said your age`, ask: 'your age' };
  if (fits(hi)) return { status: 'met', why: `${need}; ${said}` };
  if (!fits(lo)) return { status: 'not_met', why: `${need}; ${said}` };
  return { status: 'unknown', why: `${need}; ${said}, depending on your birthday`, ask: 'your date of birth' };
}

/** "born on or after 1 January 1990": the asker's day, year or age against the earliest birth day allowed. */
function judgeBornAfter(from: string, f: UserFacts, now: Date): RuleResult {
  const need = `you must be born on or after ${from}`;
  if (f.birthDate)
    return {
      status: f.birthDate >= from ? 'met' : 'not_met',
      why: `${need}; you said you were born on ${f.birthDate}`,
    };
  const year = Number(from.slice(0, 4));
  if (f.birthYear !== undefined) {
    const said = `${need}; you said you were born in ${f.birthYear}`;
    if (f.birthYear > year || (f.birthYear === year && from.endsWith('-01-01'))) return { status: 'met', why: said };
    if (f.birthYear < year) return { status: 'not_met', why: said };
    return { status: 'unknown', why: `${said}, so it depends on the day`, ask: 'your date of birth' };
  }
  if (f.age === undefined)
    return {
      status: 'unknown',
      why: `${need}; you have not said your age or date of birth`,
      ask: 'your date of birth',
    };
  // Aged 30 today: born between 31 years ago (the day after) and 30 years ago.
  const today = now.toISOString().slice(0, 10);
  const latest = `${Number(today.slice(0, 4)) - f.age}${today.slice(4)}`;
  const earliest = `${Number(today.slice(0, 4)) - f.age - 1}${today.slice(4)}`;
  const said = `${need}; you said you are ${f.age}, so you were born between ${earliest} and ${latest}`;
  if (earliest >= from) return { status: 'met', why: said };
  if (latest < from) return { status: 'not_met', why: said };
  return { status: 'unknown', why: `${said}, depending on your birthday`, ask: 'your date of birth' };
}

/** The mobility rule: no more than `months` in the country (in the last `window` months, when stated). */
function judgeMaxResidence(rule: Extract<Rule, { kind: 'max_residence' }>, f: UserFacts): RuleResult {
  const months = `${rule.months} month${rule.months === 1 ? '' : 's'}`;
  const span = rule.window ? ` in the last ${rule.window} months` : '';
  if (rule.country === 'host')
    return {
      status: 'unknown',
      why: `you must not have lived in the host's country for more than ${months}${span}; the posting does not say which country that is`,
      ask: 'where you have lived in the last three years',
    };
  const c = rule.country;
  const place = rule.host ? `${the(c)} (the host's country)` : the(c);
  const need = `you must not have lived in ${place} for more than ${months}${span}`;
  const here = f.residence?.find((r) => r.country === c);
  if (here?.never) return { status: 'met', why: `${need}; you said you never lived there` };
  if (here?.months !== undefined) {
    // A stay up to now counts within the window only: six years there are 36 of the last 36 months.
    const counted = rule.window ? Math.min(here.months, rule.window) : here.months;
    return {
      status: counted <= rule.months ? 'met' : 'not_met',
      why: `${need}; you said about ${here.months} months`,
    };
  }
  if (here)
    return {
      status: 'unknown',
      why: `${need}; you said you live there, but not since when`,
      ask: `how long you have lived in ${the(c)}`,
    };
  const elsewhere = (f.residence ?? []).filter((r) => r.country !== c && !r.never);
  if (elsewhere.length > 0)
    return {
      status: 'unknown',
      why: `${need}; you said you live in ${list(elsewhere.map((r) => the(r.country)))}`,
      ask: `whether you have lived in ${the(c)}${span || ' recently'}`,
    };
  return {
    status: 'unknown',
    why: `${need}; you have not said where you lived`,
    ask: `how long you have lived in ${the(c)}${span || ' recently'}`,
  };
}

/** "in the first four years of their research careers", counted from the degree that opens a doctorate (the master's). */
function judgeResearchCareer(cap: number, f: UserFacts, now: Date): RuleResult {
  const need = `you must be in the first ${years(cap)} of your research career (counted from your master's)`;
  const from = f.degreeDates?.master ?? (f.degrees.includes('phd') ? undefined : latestDegreeDate(f));
  if (from) {
    const since = Math.round((daysBetween(from, now.toISOString().slice(0, 10)) / 365.25) * 10) / 10;
    if (since <= cap)
      return { status: 'met', why: `${need}; you got it about ${years(since)} ago, so you cannot have more` };
  }
  const y = f.yearsExperience;
  if (y !== undefined)
    return { status: y <= cap ? 'met' : 'not_met', why: `${need}; you said ${years(y)} of experience` };
  if (from)
    return {
      status: 'unknown',
      why: `${need}; you got your degree more than ${years(cap)} ago, and have not said how long you have done research since`,
      ask: 'how many years of research experience you have',
    };
  return {
    status: 'unknown',
    why: `${need}; you have not said when you got your master's or how long you have done research`,
    ask: "when you got your master's",
  };
}

/** Either way in: met when one option has all its rules met, not met when every option has one not met. */
function judgeAnyOf(options: Rule[][], f: UserFacts, posting: Posting, now: Date): RuleResult {
  const judged = options.map((rules) => {
    const rs = rules.map((r) => orOtherWay(r, judgeRule(r, f, posting, now), f));
    const status: CriterionStatus = rs.some((r) => r.status === 'not_met')
      ? 'not_met'
      : rs.every((r) => r.status === 'met')
        ? 'met'
        : 'unknown';
    return { status, rs };
  });
  const met = judged.find((j) => j.status === 'met');
  if (met) return { status: 'met', why: `one of its ways in is met: ${met.rs.map((r) => r.why).join('; ')}` };
  const whys = (j: (typeof judged)[number]) =>
    j.rs
      .filter((r) => r.status !== 'met')
      .map((r) => r.why)
      .join('; ');
  if (judged.every((j) => j.status === 'not_met'))
    return { status: 'not_met', why: `neither way in is met: ${judged.map(whys).join('; nor ')}` };
  const open = judged.filter((j) => j.status === 'unknown');
  const ask = open.flatMap((j) => j.rs.map((r) => r.ask)).find((a) => a !== undefined);
  return {
    status: 'unknown',
    why: `it offers ${options.length} ways in; ${open.map(whys).join('; or ')}`,
    ...(ask ? { ask } : {}),
  };
}

function judgeRule(rule: Rule, f: UserFacts, posting: Posting, now: Date): RuleResult {
  switch (rule.kind) {
    case 'any_of':
      return judgeAnyOf(rule.options, f, posting, now);
    case 'nationality': {
      const today = now.toISOString().slice(0, 10);
      const countries = rule.cern ? [...cernStatesOn(today, rule.cern), ...(rule.also ?? [])] : rule.countries;
      const group = rule.also?.length ? `${rule.group} (or ${list(rule.also.map(the))})` : rule.group;
      if (rule.unlisted && f.nationalities.length === 0)
        return {
          status: 'unknown',
          why: `requires a national of ${group}${countries.length ? ` (or ${list(countries.map(the))})` : ''}; you have not said your nationality`,
          ask: 'your nationality',
        };
      const resident = rule.residents ? judgeResidents(countries, group, f) : null;
      if (resident?.status === 'met') return resident;
      if (f.nationalities.length === 0 && resident) return resident;
      if (f.nationalities.length === 0 && f.nationalOfGroups?.length) {
        const held = judgeGroupHeld(rule, f.nationalOfGroups);
        if (held) return { status: 'met', why: `requires a national of ${group}; you said you are ${held}` };
      }
      if (f.nationalities.length === 0)
        return (
          judgeDenied(rule, countries, group, f.notNationalOf ?? []) ?? {
            status: 'unknown',
            why: `requires a national of ${group}; you have not said your nationality`,
            ask: 'your nationality',
          }
        );
      const ok = f.nationalities.filter((c) => countries.includes(c));
      if (rule.unlisted && ok.length === 0)
        return {
          status: 'unknown',
          why: `requires a national of ${group}${countries.length ? ` (or ${list(countries.map(the))})` : ''}; you said you are a national of ${list(f.nationalities.map(the))}, and I do not hold the list of ${rule.unlisted} Member States`,
          ask: `whether ${list(f.nationalities.map(the))} ${f.nationalities.length > 1 ? 'are' : 'is'} ${group}`,
        };
      const also = ok.filter((c) => rule.also?.includes(c));
      if (also.length > 0)
        return {
          status: 'met',
          why: `you said you are a national of ${list(also.map(the))}, which the posting also accepts`,
        };
      if (ok.length > 0 && rule.unlisted)
        return { status: 'met', why: `you said you are a national of ${list(ok.map(the))}, which the posting names` };
      if (ok.length > 0)
        return {
          status: 'met',
          why: `you said you are a national of ${list(ok.map(the))}, which is ${group.startsWith('a ') || group.startsWith('an ') ? group : `one of ${group}`}${rule.cern ? ` on ${today}` : ''}`,
        };
      if (resident)
        return {
          ...resident,
          why: `${resident.why}; you said you are a national of ${list(f.nationalities.map(the))}`,
        };
      const status = rule.cern
        ? ` (${f.nationalities.map((c) => `${the(c)} is ${cernStatusOn(c, today)}`).join('; ')})`
        : '';
      return {
        status: 'not_met',
        why: `requires a national of ${group}; you said you are a national of ${list(f.nationalities.map(the))}, which is not${status}`,
      };
    }
    case 'nationality_excluded': {
      const names = rule.group ?? list(rule.countries.map(the));
      if (f.nationalities.length === 0)
        return {
          status: 'unknown',
          why: `nationals of ${names} are excluded; you have not said your nationality`,
          ask: 'your nationality',
        };
      const bad = f.nationalities.filter((c) => rule.countries.includes(c));
      if (bad.length > 0)
        return {
          status: 'not_met',
          why: `nationals of ${names} are excluded; you said you are a national of ${list(bad.map(the))}`,
        };
      return {
        status: 'met',
        why: `nationals of ${names} are excluded; you said you are a national of ${list(f.nationalities.map(the))}`,
      };
    }
    case 'max_age':
      return judgeMaxAge(rule, f, posting, now);
    case 'born_after':
      return judgeBornAfter(rule.from, f, now);
    case 'degree_recent': {
      const today = now.toISOString().slice(0, 10);
      const ref = rule.from === 'deadline' && posting.deadline?.date ? posting.deadline.date : today;
      const refName = ref === today ? 'today' : `the deadline (${ref})`;
      const need = `the PhD must be at most ${years(rule.years)} old at ${refName}`;
      const h = highest(f);
      if (!f.degrees.includes('phd')) {
        // "defending in December", a deadline in January: the PhD will be new at the deadline.
        if (f.studying?.includes('phd') && f.studyingUntil && f.studyingUntil <= ref)
          return {
            status: 'met',
            why: `${need}; you expect it around ${f.studyingUntil.slice(0, 7)}, before ${refName}`,
          };
        if (f.studying?.includes('phd') || (h !== null && h !== 'phd') || f.degreesNotHeld?.includes('phd'))
          return { status: 'not_met', why: `${need}; you said you do not hold a PhD yet` };
        return {
          status: 'unknown',
          why: `${need}; you have not said when you got your PhD`,
          ask: 'when you got your PhD',
        };
      }
      const got = f.degreeDates?.phd;
      if (!got)
        return {
          status: 'unknown',
          why: `${need}; you have not said when you got your PhD`,
          ask: 'when you got your PhD',
        };
      const age = Math.round((daysBetween(got, ref) / 365.25) * 10) / 10;
      return {
        status: age <= rule.years ? 'met' : 'not_met',
        why: `${need}; you got it around ${got.slice(0, 7)}, about ${years(age)} before ${ref === today ? 'today' : 'the deadline'}`,
      };
    }
    case 'degree_dated': {
      const span =
        rule.after && rule.before
          ? `between ${rule.after} and ${rule.before}`
          : rule.after
            ? `on or after ${rule.after}`
            : `by ${rule.before}`;
      const need = `the PhD must have been obtained ${span}`;
      const got = f.degreeDates?.phd;
      if (!f.degrees.includes('phd')) {
        if (f.studying?.includes('phd') || f.degreesNotHeld?.includes('phd'))
          return { status: 'not_met', why: `${need}; you said you do not hold a PhD yet` };
        return {
          status: 'unknown',
          why: `${need}; you have not said when you got your PhD`,
          ask: 'when you got your PhD',
        };
      }
      if (!got)
        return {
          status: 'unknown',
          why: `${need}; you have not said when you got your PhD`,
          ask: 'when you got your PhD',
        };
      const year = got.slice(0, 4);
      // A year alone ("in 2021") is compared by year; the date read from it is its middle.
      const early = rule.after !== undefined && got < rule.after && year < rule.after.slice(0, 4);
      const late = rule.before !== undefined && got > rule.before && year > rule.before.slice(0, 4);
      return {
        status: early || late ? 'not_met' : 'met',
        why: `${need}; you got it around ${got.slice(0, 7)}`,
      };
    }
    case 'residence_required': {
      const c = rule.country;
      const need = `you must live in ${the(c)}`;
      const rs = (f.residence ?? []).filter((r) => !r.never);
      if (rs.some((r) => r.country === c)) return { status: 'met', why: `${need}; you said you live there` };
      const staying = rs.find((r) => r.staying);
      if (staying)
        return { status: 'not_met', why: `${need}; you said you will keep living in ${the(staying.country)}` };
      return {
        status: 'unknown',
        why:
          rs.length > 0
            ? `${need}; you said you live in ${list(rs.map((r) => the(r.country)))}: will you move?`
            : `${need}; you have not said where you will live`,
        ask: `whether you will live in ${the(c)}`,
      };
    }
    case 'enrolled': {
      const names = rule.levels.map((l) => DEGREE_NAME[l] ?? l);
      const need = `you must be a student for ${names.join(' or ')}`;
      const st = f.studying ?? [];
      const ok = st.filter((l) => (rule.levels as string[]).includes(l));
      if (ok.length > 0 && rule.field && f.studyField) {
        const m = matchField(f.studyField, rule.field);
        if (m === 'no_match')
          return { status: 'not_met', why: `${need} in ${rule.field}; you said you study ${f.studyField}` };
        if (m === 'related')
          return {
            status: 'unknown',
            why: `${need} in ${rule.field}; you said you study ${f.studyField}: check whether it counts`,
            ask: `whether your studies in ${f.studyField} count as ${rule.field}`,
          };
      }
      if (ok.length > 0)
        return { status: 'met', why: `${need}; you said you are studying for ${DEGREE_NAME[ok[0] ?? ''] ?? ok[0]}` };
      if (st.length > 0)
        return {
          status: 'not_met',
          why: `${need}; you said you are studying for ${list(st.map((l) => DEGREE_NAME[l] ?? l))}`,
        };
      return {
        status: 'unknown',
        why: `${need}; you have not said what you are studying`,
        ask: 'what degree you are studying for',
      };
    }
    case 'max_residence':
      return judgeMaxResidence(rule, f);
    case 'availability': {
      const need =
        rule.min >= 1 ? 'availability to work full time' : `availability for at least ${pct(rule.min)} of a full week`;
      const a = f.availability;
      if (a === undefined)
        return {
          status: 'unknown',
          why: `requires ${need}; you have not said how much you can work`,
          ask: rule.min >= 1 ? 'whether you can work full time' : 'how much of a full week you can work',
        };
      if (a < 0)
        return rule.min >= 1
          ? { status: 'not_met', why: `requires ${need}; you said you can only work part-time` }
          : {
              status: 'unknown',
              why: `requires ${need}; you said you can only work part-time, but not how much`,
              ask: 'how much of a full week you can work',
            };
      return {
        status: a >= rule.min ? 'met' : 'not_met',
        why: `requires ${need}; you said you can work ${a >= 1 ? 'full time' : `${pct(a)} of a full week`}`,
      };
    }
    case 'university_in': {
      const today = now.toISOString().slice(0, 10);
      const countries = rule.cern ? cernStatesOn(today, rule.cern) : rule.countries;
      const need = `your university must be in ${rule.group}`;
      const c = f.studyCountry;
      if (!c)
        return {
          status: 'unknown',
          why: `${need}; you have not said where you study`,
          ask: 'the country of your university',
        };
      return countries.includes(c)
        ? { status: 'met', why: `${need}; you said you study in ${the(c)}` }
        : { status: 'not_met', why: `${need}; you said you study in ${the(c)}, which is not` };
    }
    case 'right_to_work': {
      const c = rule.country;
      const said = f.rightToWork[c];
      if (said === true) return { status: 'met', why: `requires the right to work in ${the(c)}; you said you have it` };
      if (said === false)
        return { status: 'not_met', why: `requires the right to work in ${the(c)}; you said you do not have it` };
      // "I need a visa", "I hold a work permit", said of no country: of the country the job asks.
      if (f.workPermitUnplaced === false)
        return {
          status: 'not_met',
          why: `requires the right to work in ${the(c)}; you said you need a visa or permit`,
        };
      if (f.workPermitUnplaced === true)
        return { status: 'met', why: `requires the right to work in ${the(c)}; you said you hold a work permit` };
      const via = f.nationalities.find(
        (n) => n === c || (ALSO[c] ?? []).includes(n) || (FREE_MOVEMENT.has(c) && FREE_MOVEMENT.has(n)),
      );
      if (via)
        return {
          status: 'met',
          why: `requires the right to work in ${the(c)}; as a national of ${the(via)} you have it`,
        };
      if (FREE_MOVEMENT.has(c) && f.nationalities.length === 0 && f.nationalOfGroups?.includes('eu'))
        return {
          status: 'met',
          why: `requires the right to work in ${the(c)}; as a national of an EU Member State you have it`,
        };
      if (f.permanentResidentOf?.includes(c))
        return {
          status: 'met',
          why: `requires the right to work in ${the(c)}; as a permanent resident there you have it`,
        };
      return {
        status: 'unknown',
        why: `requires the right to work in ${the(c)}; you have not said whether you have it`,
        ask: `whether you have the right to work in ${the(c)}`,
      };
    }
    case 'degree_required': {
      const field = rule.field ? ` (the field, "${rule.field}", is yours to check)` : '';
      const need = rule.min === 'bachelor' ? 'a university degree' : `at least ${DEGREE_NAME[rule.min]} degree`;
      const h = highest(f);
      const minRank = DEGREE_RANK[rule.min] ?? 1;
      const studying = (f.studying ?? []).sort((a, b) => (DEGREE_RANK[b] ?? 0) - (DEGREE_RANK[a] ?? 0))[0];
      if (studying && (h === null || (DEGREE_RANK[h] ?? 0) < minRank)) {
        // "a PhD at the time of application" and "finishing my PhD in March": the dates decide.
        if (rule.by && studying === rule.min) return judgeHeldBy(rule.by, need, studying, f, posting, now);
        if ((DEGREE_RANK[studying] ?? 0) <= minRank)
          return {
            status: 'not_met',
            why: `requires ${need}; you are still studying for ${DEGREE_NAME[studying]}, so you do not hold it yet`,
          };
        if (h === null)
          return {
            status: 'met',
            why: `requires ${need}; you are studying for ${DEGREE_NAME[studying]}, so you hold the degree before it`,
          };
      }
      // "I don't have a PhD" against a PhD required: not met, unless it may come by the deadline or the start.
      if (h === null && f.degreesNotHeld?.includes(rule.min)) {
        if (rule.by) return judgeHeldBy(rule.by, need, rule.min, f, posting, now);
        return { status: 'not_met', why: `requires ${need}; you said you do not hold ${DEGREE_NAME[rule.min]}` };
      }
      // "I got a degree in physics": enough where any university degree is, its field checked.
      if (h === null && f.someDegree !== undefined && rule.min === 'bachelor') {
        const some = f.someDegree;
        if (!rule.field || !some || matchField(some, rule.field) === 'match')
          return {
            status: 'met',
            why: `requires ${need}; you said you have a degree${some ? ` in ${some}` : ''}${some ? '' : field}`,
          };
        if (some)
          return {
            status: 'unknown',
            why: `requires ${need} in ${rule.field}; you said yours is in ${some}: check whether it counts`,
            ask: `whether your degree in ${some} counts`,
          };
      }
      if (h === null)
        return {
          status: 'unknown',
          why: `requires ${need}; you have not said your degree${field}`,
          ask: 'your highest degree',
        };
      if ((DEGREE_RANK[h] ?? 0) < (DEGREE_RANK[rule.min] ?? 1))
        return { status: 'not_met', why: `requires ${need}; you said you have ${DEGREE_NAME[h]}` };
      if (!rule.field) return { status: 'met', why: `requires ${need}; you said you have ${DEGREE_NAME[h]}` };
      const yours = fieldOfUser(f, rule.min);
      if (!yours) return { status: 'met', why: `requires ${need}; you said you have ${DEGREE_NAME[h]}${field}` };
      const m = matchField(yours, rule.field);
      if (m === 'match')
        return {
          status: 'met',
          why: `requires ${need} in ${rule.field}; you said you have ${DEGREE_NAME[h]} in ${yours}`,
        };
      if (m === 'related')
        return {
          status: 'unknown',
          why: `requires ${need} in ${rule.field}; you said yours is in ${yours}: check whether it counts as related`,
          ask: `whether your degree in ${yours} counts as a related field`,
        };
      return {
        status: 'not_met',
        why: `requires ${need} in ${rule.field}; you said yours is in ${yours}`,
      };
    }
    case 'degree_not_held': {
      const d = rule.degree;
      if (f.degrees.includes(d))
        return {
          status: 'not_met',
          why: `you must not hold ${DEGREE_NAME[d]}; you said you have ${DEGREE_NAME[d]} (${d === 'phd' ? 'PhD holders are excluded' : 'excluded'})`,
        };
      if (f.degreesNotHeld?.includes(d))
        return { status: 'met', why: `you must not hold ${DEGREE_NAME[d]}; you said you do not have one` };
      if (f.studying?.includes(d))
        return {
          status: 'met',
          why: `you must not hold ${DEGREE_NAME[d]}; you are still studying for it, so you do not hold it yet`,
        };
      const h = highest(f);
      // A bachelor student holds no master's yet.
      const below = f.studying?.find((l) => (DEGREE_RANK[l] ?? 0) < (DEGREE_RANK[d] ?? 0));
      if (h === null && below)
        return {
          status: 'met',
          why: `you must not hold ${DEGREE_NAME[d]}; you are studying for ${DEGREE_NAME[below]}, so you do not hold ${DEGREE_NAME[d]}`,
        };
      if (h !== null && (DEGREE_RANK[h] ?? 0) < (DEGREE_RANK[d] ?? 0))
        return {
          status: 'met',
          why: `you must not hold ${DEGREE_NAME[d]}; your highest degree, as you said, is ${DEGREE_NAME[h]}`,
        };
      return {
        status: 'unknown',
        why: `you must not hold ${DEGREE_NAME[d]}; you have not said your highest degree`,
        ask: 'your highest degree',
      };
    }
    case 'highest_degree': {
      const allowed = rule.allowed.map((a) => DEGREE_NAME[a] ?? a);
      const h = highest(f);
      if (h === null)
        return {
          status: 'unknown',
          why: `your highest qualification must be ${allowed.join(' or ')}; you have not said it`,
          ask: 'your highest degree',
        };
      if ((rule.allowed as string[]).includes(h))
        return {
          status: 'met',
          why: `your highest qualification must be ${allowed.join(' or ')}; you said you have ${DEGREE_NAME[h]}`,
        };
      return {
        status: 'not_met',
        why: `your highest qualification must be ${allowed.join(' or ')}; you said you have ${DEGREE_NAME[h]}${h === 'phd' ? ' (a PhD is too high)' : ''}`,
      };
    }
    case 'max_experience': {
      if (rule.postdoc) return judgePostdocCap(rule.years, f, now, rule.sincePhd === true);
      if (rule.research) return judgeResearchCareer(rule.years, f, now);
      const y = f.yearsExperience;
      const graduated = latestDegreeDate(f);
      if (y === undefined && graduated) {
        // Experience since graduation cannot exceed the time since graduation.
        const since = Math.round((daysBetween(graduated, now.toISOString().slice(0, 10)) / 365.25) * 10) / 10;
        if (since <= rule.years)
          return {
            status: 'met',
            why: `allows at most ${years(rule.years)} of professional experience since graduation; you graduated about ${years(since)} ago, so you cannot have more`,
          };
      }
      if (y === undefined)
        return {
          status: 'unknown',
          why: `allows at most ${years(rule.years)} of professional experience since graduation; you have not said yours`,
          ask: 'years of professional experience since graduation',
        };
      let at = y;
      let note = '';
      const today = now.toISOString().slice(0, 10);
      if (rule.byDeadline && posting.deadline && posting.deadline.date > today) {
        at = Math.round((y + daysBetween(today, posting.deadline.date) / 365.25) * 10) / 10;
        if (at !== y) note = ` (about ${at} by the deadline ${posting.deadline.date})`;
      }
      if (at <= rule.years)
        return {
          status: 'met',
          why: `allows at most ${years(rule.years)} of professional experience; you said ${years(y)}${note}`,
        };
      return {
        status: 'not_met',
        why: `allows at most ${years(rule.years)} of professional experience; you said ${years(y)}${note}`,
      };
    }
    case 'min_experience': {
      // "4 years of Kubernetes" for "3 years of experience with Kubernetes".
      const withSkill = rule.skill ? f.skillYears?.[rule.skill] : undefined;
      if (rule.skill && withSkill !== undefined)
        return {
          status: withSkill >= rule.years ? 'met' : 'not_met',
          why: `asks for at least ${years(rule.years)} of experience with ${rule.skill}; you said ${years(withSkill)}`,
        };
      const y = f.yearsExperience;
      const phdAt = f.degreeDates?.phd;
      if (rule.afterPhd && phdAt && (y === undefined || y >= rule.years)) {
        const since = Math.round((daysBetween(phdAt, now.toISOString().slice(0, 10)) / 365.25) * 10) / 10;
        if (since < rule.years)
          return {
            status: 'not_met',
            why: `asks for at least ${years(rule.years)} of experience after the PhD; you got your PhD about ${years(since)} ago`,
          };
      }
      if (y === undefined)
        return {
          status: 'unknown',
          why: `asks for at least ${years(rule.years)} of professional experience; you have not said yours`,
          ask: 'years of professional experience',
        };
      if (y >= rule.years)
        return {
          status: 'met',
          why: `asks for at least ${years(rule.years)} of professional experience; you said ${years(y)}`,
        };
      return {
        status: 'not_met',
        why: `asks for at least ${years(rule.years)} of professional experience; you said ${years(y)}`,
      };
    }
    case 'no_earlier_contract': {
      const kinds = rule.kinds;
      const label = kinds.includes('CERN')
        ? 'a CERN contract'
        : `a ${kinds.join(' or ').replace(/ CERN /g, ' ')} contract`;
      const had = f.earlierContracts.filter((c) => kinds.includes(c) || kinds.includes('CERN'));
      if (had.length > 0)
        return { status: 'not_met', why: `you must never have had ${label}; you said you had a ${list(had)} contract` };
      const denied = f.noEarlierContracts === true || kinds.every((k) => f.contractsNotHeld?.includes(k));
      if (denied) return { status: 'met', why: `you must never have had ${label}; you said you have not` };
      const other = f.earlierContracts.filter((c) => !kinds.includes(c));
      const otherNote = other.length > 0 ? ` (a ${list(other)} contract does not count)` : '';
      return {
        status: 'unknown',
        why: `you must never have had ${label}; you have not said whether you had one${otherNote}`,
        ask: kinds.includes('CERN') ? 'whether you have had a CERN contract before' : `whether you have had ${label}`,
      };
    }
    case 'earlier_contract_required': {
      const label = `an earlier ${rule.kinds.join(' or ')}`;
      const had = f.earlierContracts.filter((c) => rule.kinds.includes(c));
      if (had.length > 0) return { status: 'met', why: `requires ${label}; you said you had one` };
      if (rule.kinds.every((k) => f.contractsNotHeld?.includes(k)))
        return { status: 'not_met', why: `requires ${label}; you said you have not had one` };
      return {
        status: 'unknown',
        why: `requires ${label}; you have not said whether you had one`,
        ask: `whether you have had ${label}`,
      };
    }
    case 'not_employed_by': {
      const org = rule.org.toLowerCase();
      const when = rule.months ? ` in the last ${rule.months} months` : '';
      const need = `excludes anyone employed by ${rule.org}${when}`;
      if (f.affiliations.some((a) => a.toLowerCase() === org))
        return { status: 'not_met', why: `${need}; you said you work at ${rule.org}` };
      if (f.formerEmployers?.some((a) => a.toLowerCase() === org))
        return { status: 'not_met', why: `${need}; you said you worked at ${rule.org}` };
      if (f.notAffiliated.some((a) => a === '*' || a.toLowerCase() === org))
        return { status: 'met', why: `${need}; you said you have not worked there` };
      return {
        status: 'unknown',
        why: `${need}; you have not said whether you were`,
        ask: `whether you have worked for ${rule.org}${when}`,
      };
    }
    case 'affiliation': {
      const to = rule.to.toLowerCase();
      const has = f.affiliations.find((a) => a.toLowerCase() === to);
      if (has)
        return {
          status: 'met',
          why: `requires affiliation to ${article(rule.to)} institute; you said you are affiliated to ${has}`,
        };
      if (f.notAffiliated.some((a) => a === '*' || a.toLowerCase() === to))
        return {
          status: 'not_met',
          why: `requires affiliation to ${article(rule.to)} institute; you said you are not affiliated with one`,
        };
      return {
        status: 'unknown',
        why: `requires affiliation to ${article(rule.to)} institute; you have not said whether you have one`,
        ask: `whether you are affiliated to ${article(rule.to)} institute`,
      };
    }
    case 'max_postdocs': {
      const need = `allows at most ${rule.max} earlier postdoc appointment${rule.max === 1 ? '' : 's'}`;
      if (f.contractsNotHeld?.includes('postdoc'))
        return { status: 'met', why: `${need}; you said you have not done a postdoc` };
      if (!f.degrees.includes('phd') && (f.studying?.includes('phd') || f.degreesNotHeld?.includes('phd')))
        return { status: 'met', why: `${need}; you do not hold a PhD yet, so you have had none` };
      return {
        status: 'unknown',
        why: `${need}; you have not said how many you have had${f.earlierContracts.includes('postdoc') ? ' (you said you did one)' : ''}`,
        ask: 'how many postdoc appointments you have had',
      };
    }
    case 'language': {
      const names = rule.languages.join(rule.any ? ' or ' : ' and ');
      const need = `requires ${names}`;
      const spoken = rule.languages.filter((l) => f.languages?.includes(l));
      const notSpoken = rule.languages.filter((l) => f.notLanguages?.includes(l));
      if (rule.any ? spoken.length > 0 : spoken.length === rule.languages.length)
        return { status: 'met', why: `${need}; you said you speak ${list(spoken)}` };
      if (rule.any ? notSpoken.length === rule.languages.length : notSpoken.length > 0)
        return { status: 'not_met', why: `${need}; you said you do not speak ${list(notSpoken)}` };
      return {
        status: 'unknown',
        why: `${need}; you have not said whether you speak ${rule.any ? 'them' : names}`,
        ask: `whether you speak ${names}`,
      };
    }
    case 'presence': {
      const min = rule.min ?? 1;
      const need =
        min >= 1 ? `full presence at ${rule.where}` : `presence at ${rule.where} for at least ${pct(min)} of the time`;
      const p = f.presence ?? (f.onSite === true ? 1 : f.onSite === false ? 0 : undefined);
      if (p === undefined)
        return {
          status: 'unknown',
          why: `requires ${need}; you have not said whether you can be there`,
          ask:
            min >= 1
              ? `whether you can be present at ${rule.where} full time`
              : `how much of your time you can be at ${rule.where}`,
        };
      if (p < 0)
        return min >= 1
          ? { status: 'not_met', why: `requires ${need}; you said you cannot be there full time` }
          : {
              status: 'unknown',
              why: `requires ${need}; you said you cannot be there full time, but not how much`,
              ask: `how much of your time you can be at ${rule.where}`,
            };
      if (p >= min)
        return {
          status: 'met',
          why: `requires ${need}; you said you can be there ${p >= 1 ? 'full time' : `${pct(p)} of the time`}`,
        };
      return {
        status: 'not_met',
        why: `requires ${need}; you said you can be there ${p === 0 ? 'only remotely' : `only ${pct(p)} of the time`}`,
      };
    }
  }
}

export function judge(posting: Posting, facts: UserFacts, now: Date): EligibilityResult {
  const criteria: CriterionResult[] = [];
  const missing: string[] = [];
  const checkYourself: string[] = [];
  let anyNotMet = false;
  let anyUnknown = false;
  for (const c of buildRules(posting)) {
    const base = { text: c.quote.text, line: c.quote.line, ...locateLine(posting.pageStarts, c.quote.line) };
    if (c.informational) {
      criteria.push({
        ...base,
        status: 'unknown',
        why: `informational: ${c.note ?? 'it points to other requirements and is not a rule by itself'}, so it does not count in the verdict`,
      });
      continue;
    }
    if (c.rules.length === 0) {
      anyUnknown = true;
      checkYourself.push(c.quote.text);
      criteria.push({
        ...base,
        status: 'unknown',
        why: 'to check yourself: this criterion cannot be judged from what you say',
      });
      continue;
    }
    const results = c.rules.map((r) => orOtherWay(r, judgeRule(r, facts, posting, now), facts));
    const status: CriterionStatus = results.some((r) => r.status === 'not_met')
      ? 'not_met'
      : results.every((r) => r.status === 'met')
        ? 'met'
        : 'unknown';
    if (status === 'not_met') anyNotMet = true;
    if (status === 'unknown') anyUnknown = true;
    if (status !== 'not_met') for (const r of results) if (r.ask && !missing.includes(r.ask)) missing.push(r.ask);
    const shown = status === 'not_met' ? results.filter((r) => r.status === 'not_met') : results;
    criteria.push({ ...base, status, why: shown.map((r) => r.why).join('; ') });
  }
  if (anyNotMet) return { verdict: 'not_eligible', criteria, missing: [] };
  // Nothing to judge (no criteria, or only pointers): no ground to say "eligible".
  if (!criteria.some((c) => !c.why.startsWith('informational')))
    return { verdict: 'unknown', criteria, missing: ['the posting states no eligibility criteria: ask its contact'] };
  for (const t of checkYourself) missing.push(`to check yourself: "${t.length > 120 ? `${t.slice(0, 117)}...` : t}"`);
  return { verdict: anyUnknown ? 'unknown' : 'eligible', criteria, missing: anyUnknown ? missing : [] };
}
