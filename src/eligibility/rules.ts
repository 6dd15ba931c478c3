// A posting's eligibility criteria -> typed rules. Built once per posting (memoised by id+text).

import type { Posting, Quote } from '../corpus/posting.ts';
import { NUMBER_WORDS } from '../facts/number-words.ts';
import { skillVocabulary } from '../facts/vocab.ts';
import type { CernGroup } from './cern-membership.ts';
import { findCountries, fold, tokenize } from './countries.ts';
import words from './data/criterion-words.json' with { type: 'json' };
import vocab from './data/vocabulary.json' with { type: 'json' };
import type { DegreeLevel } from './facts.ts';
import { parseLanguageRule } from './read-languages.ts';
import { markAlternatives, nonMemberOpening, opensToAll } from './rule-alternatives.ts';
import { eitherSides } from './rule-either.ts';
import { nationalityRules } from './rule-nationality.ts';
import {
  countsAfterPhd,
  parseAgeLimit,
  parseAgeReference,
  parseBornAfter,
  parseDegreeAge,
  parseDegreeDated,
  parseEnrolment,
  parseMinExperience,
  parseResidenceLimit,
  parseResidenceRequired,
} from './rule-people.ts';
import { parseHostExclusion, parsePostdocRequired } from './rule-record.ts';
import { parseUniversityCountry } from './rule-university.ts';

/**
 * `unless`: another way in the criterion leaves ("or holders of a work permit", "career breaks
 * excepted"); a rule not met on its own terms is then unknown (rule-alternatives.ts).
 */
/** `completing`: a PhD being completed is also a way in ("in the process of completing their PhD"). */
export type Rule = { unless?: string; completing?: string } & RuleKind;

type RuleKind =
  /**
   * Nationality of one of `countries` (`group` names it: "a CERN Member or Associate Member
   * State"). `cern`: the CERN states on the judging day, from their accession dates (`countries`
   * is then the list as of the data file's date); `also`: states added by name ("Turkish
   * nationals are also eligible").
   */
  | {
      kind: 'nationality';
      countries: string[];
      group: string;
      cern?: CernGroup;
      also?: string[];
      /** "US citizens or permanent residents": a permanent residence there counts too. */
      residents?: boolean;
      /**
       * "nationals of ESA Member States": an organisation whose member list we do not hold;
       * `countries` are only the states named beside it, and any other nationality is unknown.
       */
      unlisted?: string;
    }
  /** Nationals of these countries are excluded ("non-German citizens only"). */
  | { kind: 'nationality_excluded'; countries: string[]; group?: string }
  /**
   * Age below `max` (strict: "under 30") or at most `max` ("not older than 35"), counted at `at`:
   * 'deadline', a day (YYYY-MM-DD), a day of the call's year (--MM-DD), or today when unstated.
   */
  | { kind: 'max_age'; max: number; strict: boolean; at?: string }
  /** Born on or after `from` (YYYY-MM-DD): "born on or after 1 January 1990". */
  | { kind: 'born_after'; from: string }
  /** The degree obtained at most `years` before the deadline (or the judging day). */
  | { kind: 'degree_recent'; degree: 'phd'; years: number; from: 'deadline' | 'now' }
  /** The PhD obtained on or after `after` and on or before `before` (YYYY-MM-DD). */
  | { kind: 'degree_dated'; degree: 'phd'; after?: string; before?: string }
  /** Must live in `country` (when taking up the post). */
  | { kind: 'residence_required'; country: string }
  /** The university (where one studies or studied) must be in one of `countries` ("at a CERN Member State university"). */
  | { kind: 'university_in'; countries: string[]; group: string; cern?: CernGroup }
  /** Currently a student for one of these degrees. */
  | { kind: 'enrolled'; levels: Exclude<DegreeLevel, 'none'>[]; field?: string }
  /**
   * Not lived in `country` for more than `months` in the last `window` months (when stated);
   * `host`: the country is the host's own ("the country of the recruiting beneficiary").
   */
  | { kind: 'max_residence'; country: string; months: number; window?: number; host?: boolean }
  | { kind: 'right_to_work'; country: string }
  /** At least this degree ('bachelor' for "a university degree"); `field` is the posting's words. */
  | {
      kind: 'degree_required';
      min: Exclude<DegreeLevel, 'none'>;
      field?: string;
      /**
       * The moment the degree must be held by, when the criterion names one: 'deadline' ("at the
       * time of application"), 'start', a day (YYYY-MM-DD: "completed by 1 October 2027") or a day
       * of the call's year (--MM-DD: "obtained by 31 October").
       */
      by?: string;
    }
  | { kind: 'degree_not_held'; degree: Exclude<DegreeLevel, 'none'> }
  /** The highest qualification must be one of these. */
  | { kind: 'highest_degree'; allowed: Exclude<DegreeLevel, 'none'>[] }
  /**
   * `postdoc`: the cap counts postdoctoral experience only ("no more than 2 years of postdoctoral
   * experience"); `sincePhd`: counted from the PhD's defence, so the time since the PhD is it.
   */
  | {
      kind: 'max_experience';
      years: number;
      byDeadline: boolean;
      postdoc?: boolean;
      sincePhd?: boolean;
      /** "in the first four years of their research careers": research experience, counted from the degree that opens a doctorate. */
      research?: boolean;
    }
  /** `afterPhd`: counted from the PhD ("five years of experience after the thesis"). */
  /** `skill`: the experience is with one skill ("3 years of professional experience with Kubernetes"). */
  | { kind: 'min_experience'; years: number; afterPhd?: boolean; skill?: string }
  /** Must have had an earlier contract of one of these kinds ("a PhD followed by postdoctoral training"). */
  | { kind: 'earlier_contract_required'; kinds: string[] }
  /** Not employed by `org` (in the last `months`, when stated): the host excludes its own recent staff. */
  | { kind: 'not_employed_by'; org: string; months?: number }
  /** Never had an earlier contract of one of these kinds ("CERN fellow", "CERN graduate"). */
  | { kind: 'no_earlier_contract'; kinds: string[] }
  | { kind: 'affiliation'; to: string }
  /** At most `max` earlier postdoc appointments ("no more than one prior postdoctoral appointment"). */
  | { kind: 'max_postdocs'; max: number }
  /** Speaks the languages (`any`: one of them is enough, "English or French"). */
  | { kind: 'language'; languages: string[]; any: boolean }
  /** Available to work at least `min` of a full week (1: "must be available full time", "part-time applications cannot be considered"). */
  | { kind: 'availability'; min: number }
  /** On site at `where` for at least `min` of the time (1 when unstated: "100% presence"). */
  | { kind: 'presence'; where: string; min?: number }
  /** Ways in, each a list of rules all to be met ("a PhD ... or a master ... up to ten years"). */
  | { kind: 'any_of'; options: Rule[][] };

export interface Criterion {
  quote: Quote;
  rules: Rule[];
  /** Lines that only point elsewhere or describe the job, not the person: left out of the verdict. */
  informational: boolean;
  /** Why an informational line asks nothing, when it says so itself ("open to all nationalities"). */
  note?: string;
}

const FOREIGN = words.degrees as Record<Exclude<DegreeLevel, 'none'>, string[]>;
const phraseAlt = (ws: string[]) =>
  [...ws]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, "[\\s'-]?"))
    .join('|');
const FOREIGN_LEVEL = (['phd', 'master', 'bachelor'] as const).map(
  (l) => [l, new RegExp(`^(?:${phraseAlt(FOREIGN[l])})$`)] as const,
);
/** A foreign degree's holders excluded ("mit abgeschlossener Promotion sind nicht teilnahmeberechtigt"). */
const FOREIGN_EXCLUDED = new RegExp(`(?:^|[^\\p{L}])(?:${phraseAlt(words.excluded)})(?![\\p{L}])`, 'u');
/** The degree a post leads to ("corso di dottorato", "contrat doctoral"), not one to hold. */
const FOREIGN_AIMED = new RegExp(
  `(?:^|[^\\p{L}])(?:${phraseAlt(words.aimedAt)})\\s(?:(?:un|une|le|la|il|el|de|d'|du|des|der|die|das)\\s?)?$`,
  'u',
);

function level(word: string): Exclude<DegreeLevel, 'none'> | null {
  const w = fold(word);
  if (/^ph\.?\s?d\.?$/.test(w) || w === 'doctoral degree') return 'phd';
  for (const [l, re] of FOREIGN_LEVEL) if (re.test(w)) return l;
  if (vocab.degrees.phd.some((d) => w.includes(d.replace(/ /g, '')) || w.includes(d))) return 'phd';
  if (/\bmaster|\bmsc\b|\bmeng\b|\bmphil\b|\bms\b|\bm\.sc/.test(w)) return 'master';
  if (/\bbachelor|\bbsc\b|\bbeng\b|\bba\b|\bbs\b|\bb\.sc|undergraduate/.test(w)) return 'bachelor';
  return null;
}

const NOT_NEEDED =
  /\(?\b(?:an?|the)\s[\w.' ]{0,24}?\b(?:is|are)\snot\s(?:mandatory|required|necessary|needed|compulsory|essential|a requirement)\b\)?/g;
// A degree excluded: "can't hold a PhD", "Applicants with a PhD are not eligible", "no PhD", "without a doctorate".
const EXCLUDES_DEGREE =
  /\b(?:not|never|no longer|cannot|can't|mustn't|n't)\s(?:\w+\s){0,3}?(?:hold|have|possess|obtained|received|completed|finished|defended|earned|been awarded|awarded|already)\b|\bno\s(?:\w+\s)?(?:ph\.?\s?d|doctorate|degree)\b|\bwithout\s(?:an?\s)?(?:ph\.?\s?d|doctorate)\b|\b(?:not eligible|ineligible|excluded|not accepted|not admitted|cannot apply|may not apply)\b|\bnon[- ]?(?:ph\.?\s?d|doctorate|doctoral)\b/;
const WITHOUT_BARRED =
  /\bwithout\s(?:an?\s|the\s)?(?:[\w.'-]+\s){0,2}?(?:ph\.?\s?d|doctorate|doctoral degree|degree|master'?s?|msc|bachelor'?s?|bsc)\b.*\b(?:not eligible|ineligible|cannot apply|can't apply|may not apply|must not apply|excluded|not accepted|not admitted|(?:will|shall) not be considered|are not considered)\b/;
const AIMED_AT =
  /\b(?:to obtain|to get|to earn|to complete|toward|towards|leading to|in view of|for (?:your|their|his|her)(?:\s(?:first|own|future))?|preparing|pursuing|working on|studying for|completing|finishing|in the process of completing)\s(?:(?:an?|your|their|the|his|her)\s)?$/;
const LEADS_TO =
  /^\s?(?:(?:degree|level|research)\s)?(?:students?|candidates?|candidacy|programmes?|programs?|schools?|positions?|posts?|studentships?|fellowships?|scholarships?|thesis|theses|projects?|calls?|courses?|studies|researchers? in training|subjects?|modules?|classes|lectures?|teaching|topics?|offices?|admissions?|committees?|coordinators?|supervisors?|secretariat|board)\b/;
const SINCE_DEFENCE =
  /\b(?:from|since|after)\s(?:the\s)?(?:date\sof\s(?:the\s)?)?(?:defen[cs]e|ph\.?\s?d|doctorate|thesis|award of the (?:ph\.?\s?d|doctorate))/;
const OR_ANOTHER = /\bor\b(?!\s(?:an?\s)?(?:equivalent|similar|higher|above|comparable|related))/;
const TEACHING =
  /\b(?:give|giving|teach|teaching|deliver|delivering|hold|holding)\s(?:\w+\s){0,2}?(?:lectures?|courses?|classes|lessons|tutorials?)\b|\b(?:lectures?|courses?|classes|lessons|tutorials?|teaching)\s(?:for|in|to)\s(?:the\s)?(?:bachelor|master|undergraduate|graduate)/;
const NEG_ANY = /\b(?:not|no|never)\b[^,;]*/g;
const DEGREE_WORD = new RegExp(
  `\\b(?:${phraseAlt(Object.values(FOREIGN).flat())}|ph\\.?\\s?d|doctorate|dphil|master'?s?|msc|m\\.sc|meng|mphil|bachelor'?s?|bsc|b\\.sc|beng|university degree|degree|diploma)\\b`,
  'g',
);
const NEG = /\b(?:not|no|never|cannot|can't|must not|mustn't|may not|without|neither|nor)\b|n't\b/;
const NUM = '(\\d{1,2}(?:\\.\\d)?|one|two|three|four|five|six|seven|eight|nine|ten)';
const NUMW: Record<string, number> = NUMBER_WORDS;
const n = (s: string | undefined): number => (s === undefined ? 0 : (NUMW[s] ?? Number.parseFloat(s)));

const MAX_EXP = new RegExp(
  `\\b(?:maximum of|max\\.?|at most|no more than|not more than|up to|less than|fewer than)\\s${NUM}\\s(?:years?|yrs?)\\b`,
);
const MIN_EXP = new RegExp(
  `(?:\\b(?:with|and|plus|having|have)\\s(?:an?\\s)?${NUM}\\s(?:years?|yrs?)\\s(?:of\\s)?(?:[a-z-]+\\s){0,2}experience\\b|\\b${NUM}\\s?\\+\\s?(?:years?|yrs?)|\\b(?:at least|minimum of|min\\.?|a minimum of|more than|over)\\s${NUM}\\s(?:years?|yrs?)|\\b${NUM}\\s(?:or more|and more)\\s(?:years?|yrs?))`,
);
const FIRST_YEARS = new RegExp(
  `\\b(?:in|within)\\sthe\\sfirst\\s${NUM}\\s(?:years?|yrs?)\\b[^.;]{0,80}?\\bcareers?\\b`,
);
const EXPERIENCE = /\bexperience\b|\bsince graduation\b|\bpost[- ]?doctoral\b|\bworking\b/;

const INFORMATIONAL = [
  /\b(?:please )?pay attention to\b/,
  /\b(?:mentioned|described|listed|see) (?:above|below)\b/,
  /^\s*(?:the )?(?:contract|duration)\b[^.]{0,20}\b(?:of|for|is)\s[\w\s]{0,12}\b(?:year|month)/,
  /\bextendable\b/,
  /^\s*(?:for more|more) information\b/,
  /^\s*(?:the )?usual requirements\b[^.]*:\s*$/,
  // Where to send the application, not who may: "Candidatures à x@y.fr", "Apply to jobs@...".
  /^\s*(?:candidatures?|applications?|apply|send|bewerbungen|domande|solicitudes|envoyer|inviare)\b[^.]{0,40}?(?:@|https?:\/\/|www\.)/,
];

function clauses(lower: string): string[] {
  return lower
    .split(/[.;]\s|\band\b|,\s*but\b|\bbut\b/)
    .map((c) => c.trim())
    .filter(Boolean);
}

/** Rules in one criterion line ("You must have a university degree and can't hold a PhD"). */
const ADDRESS = /[^\s<>()]+@[^\s<>()]+|\b(?:https?:\/\/|www\.)[^\s<>()]+/gi;

export function parseCriterion(textIn: string): Rule[] {
  const text = textIn
    .slice(0, 2000)
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/\bU\.\s?S\.(?:\s?A\.?)?/g, 'US')
    .replace(/\bU\.\s?K\.?/g, 'UK')
    // An address names no degree or country: "nu-phd@infn.example.it", "https://.../phd-call".
    .replace(ADDRESS, ' ');
  const lower = fold(text);
  // "a PhD up to five years after graduation or a master up to ten": either way in.
  const sides = eitherSides(text);
  if (sides) {
    const options = sides.map((s) => parseCriterion(s));
    if (options.every((o) => o.length > 0)) return [{ kind: 'any_of', options }];
  }
  const rules: Rule[] = [];
  // Nationality.
  if (
    /\b(?:students?|applicants?|candidates?|researchers?)\sfrom\s(?:the\s)?(?:cern\s)?(?:member|associate member)\sstates?\b[^.]{0,60}\b(?:not eligible|ineligible|excluded|cannot apply|may not apply)\b|\bnationals?\b|\bcitizens?(?:hip)?\b|\bnationality\b|\bstaatsangeh|\bcittadin|\bciudadan|\bressortissant|\bnationalite\b|\bnazionalita\b|\bnacionalidad\b/.test(
      lower,
    ) &&
    !opensToAll(lower)
  )
    rules.push(...nationalityRules(text, lower));
  // Right to work.
  const rtw =
    /\b(?:right to work|eligible to work|eligibility to work|authori[sz]ation to work|authori[sz]ed to work|permission to work|work permit)\b(.{0,60})/.exec(
      lower,
    );
  if (rtw) {
    const at = rtw.index;
    const hits = findCountries(tokenize(text.slice(at, at + rtw[0].length + 5)));
    const c = hits[0]?.country;
    if (c) rules.push({ kind: 'right_to_work', country: c });
  }
  // Age, time since the PhD, residence.
  const age = parseAgeLimit(lower);
  if (age) {
    const at = parseAgeReference(lower, HELD_BY.deadline);
    rules.push(
      at
        ? { kind: 'max_age', max: age.max, strict: age.strict, at }
        : { kind: 'max_age', max: age.max, strict: age.strict },
    );
  }
  const born = parseBornAfter(lower);
  if (born) rules.push({ kind: 'born_after', from: born });
  const recent = parseDegreeAge(lower);
  if (recent) rules.push({ kind: 'degree_recent', degree: 'phd', years: recent.years, from: recent.from });
  const dated = parseDegreeDated(lower);
  if (dated) rules.push({ kind: 'degree_dated', degree: 'phd', ...dated });
  const stay = parseResidenceLimit(text, lower);
  if (stay)
    rules.push({
      kind: 'max_residence',
      country: stay.country,
      months: stay.months,
      ...(stay.window ? { window: stay.window } : {}),
      ...(stay.country === 'host' ? { host: true } : {}),
    });
  const home = parseResidenceRequired(text, lower);
  if (home) rules.push({ kind: 'residence_required', country: home });
  const uni = parseUniversityCountry(text, lower);
  if (uni) rules.push({ kind: 'university_in', ...uni });
  const enrolled = parseEnrolment(lower);
  if (enrolled) {
    const field = studyFieldOf(text);
    rules.push(field ? { kind: 'enrolled', levels: enrolled, field } : { kind: 'enrolled', levels: enrolled });
  }
  // "in the first four years (full-time equivalent research experience) of their research careers".
  const first = FIRST_YEARS.exec(lower);
  if (first) rules.push({ kind: 'max_experience', years: n(first[1]), byDeadline: false, research: true });
  // Experience.
  if (EXPERIENCE.test(lower) && !recent && !first) {
    const mx = MAX_EXP.exec(lower);
    const postdoc = mx ? /^[^.;]{0,30}\b(?:post-?doc|posdoc)/.test(lower.slice(mx.index + mx[0].length)) : false;
    // "(starting from the date of the defence of the thesis)": the time since the PhD is what counts.
    const sincePhd = postdoc && SINCE_DEFENCE.test(lower);
    if (mx)
      rules.push({
        kind: 'max_experience',
        years: n(mx[1]),
        byDeadline: /\bdeadline\b/.test(lower),
        ...(postdoc ? { postdoc } : {}),
        ...(sincePhd ? { sincePhd } : {}),
      });
    const mn = MIN_EXP.exec(lower);
    const ml = mn || mx ? null : parseMinExperience(lower);
    // "experience with Kubernetes": years with that skill answer it too.
    const skill = /\bexperience\s(?:with|in|of|using)\s/.test(lower) ? skillVocabulary.find(lower)[0] : undefined;
    const withSkill = skill ? { skill } : {};
    if (mn && !mx) {
      const years = n(mn[1] ?? mn[2] ?? mn[3]);
      rules.push(
        countsAfterPhd(lower)
          ? { kind: 'min_experience', years, afterPhd: true, ...withSkill }
          : { kind: 'min_experience', years, ...withSkill },
      );
    } else if (ml)
      rules.push(
        ml.afterPhd
          ? { kind: 'min_experience', years: ml.years, afterPhd: true, ...withSkill }
          : { kind: 'min_experience', years: ml.years, ...withSkill },
      );
  }
  // Degrees, clause by clause.
  const seen = new Set<string>();
  const push = (r: Rule) => {
    const k = JSON.stringify(r);
    if (!seen.has(k)) {
      seen.add(k);
      rules.push(r);
    }
  };
  // A line about enrolment names the degree being studied for, not one to hold.
  for (const clause0 of enrolled ? [] : clauses(lower)) {
    // "(a PhD is not mandatory)" says what is not needed, not what is excluded.
    const clause = clause0.replace(NOT_NEEDED, ' ');
    // "the thesis work required to obtain your PhD": a degree aimed at is not one to hold.
    // "for PhD students", "a PhD position", "the doctoral school": the post leads to the degree.
    const matches = [...clause.matchAll(DEGREE_WORD)].filter(
      (m) =>
        !AIMED_AT.test(clause.slice(Math.max(0, (m.index ?? 0) - 40), m.index)) &&
        !FOREIGN_AIMED.test(clause.slice(Math.max(0, (m.index ?? 0) - 30), m.index)) &&
        !LEADS_TO.test(clause.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 24)),
    );
    const words = matches.map((m) => m[0]);
    if (words.length === 0) continue;
    if (/\bdegree of\b|\bdegree of freedom|to a (?:large|certain) degree/.test(clause)) continue;
    // "give lectures for bachelor and master degree subjects": the degrees of those taught.
    if (TEACHING.test(clause)) continue;
    const levels = words.map(level).filter((l): l is Exclude<DegreeLevel, 'none'> => l !== null);
    // A bare "degree" not right after a level word ("a software engineer degree or a PhD") admits
    // any university degree.
    // "such a degree" points back to the one named before it.
    const generic = matches.some(
      (m) =>
        level(m[0]) === null &&
        !/(?:ph\.?\s?d|doctoral|doctorate|master'?s?|msc|meng|bachelor'?s?|bsc|beng|such an?|this|that|said|same)\s*$/.test(
          clause.slice(Math.max(0, (m.index ?? 0) - 12), m.index),
        ),
    );
    // "or equivalent" offers no other degree.
    if (generic && levels.length > 0 && OR_ANOTHER.test(clause) && !/\bhighest\b/.test(clause)) levels.push('bachelor');
    if (/\bhighest\b/.test(clause) && levels.length > 0) {
      const allowed = [...new Set(levels)];
      push({ kind: 'highest_degree', allowed });
      continue;
    }
    // "ne peuvent pas postuler sans doctorat": excluded without the degree is the degree required.
    const foreignExcluded = FOREIGN_EXCLUDED.test(clause) && !/\b(?:sans|ohne|senza|sin)\b/.test(clause);
    // "Applicants without a PhD cannot apply", "candidates without a doctorate are not eligible":
    // those without it are barred, so the degree is required.
    if (WITHOUT_BARRED.test(clause) && levels.length > 0) {
      const order = ['bachelor', 'master', 'phd'] as const;
      const min = order.find((o) => levels.includes(o)) ?? 'bachelor';
      const by = degreeHeldBy(lower);
      push({ kind: 'degree_required', min, ...(by ? { by } : {}) });
      continue;
    }
    if ((EXCLUDES_DEGREE.test(clause) || foreignExcluded) && levels.length > 0) {
      for (const l of new Set(levels)) push({ kind: 'degree_not_held', degree: l });
      continue;
    }
    if (NEG.test(clause) && !/\b(?:hold|have|holding|must|required)\b/.test(clause.replace(NEG_ANY, ' '))) continue;
    // "must have a university degree", "MSc or PhD", "degree in computer science, physics or engineering".
    if (
      !/\b(?:must|required|require|requires|have|hold|holding|holder|completed|degree in|degree or|university degree|or equivalent|in )\b/.test(
        clause,
      ) &&
      levels.length === 0
    )
      continue;
    const order = ['bachelor', 'master', 'phd'] as const;
    const min = levels.length > 0 ? (order.find((o) => levels.includes(o)) ?? 'bachelor') : 'bachelor';
    const field = fieldOf(text);
    const by = degreeHeldBy(lower);
    push({ kind: 'degree_required', min, ...(field ? { field } : {}), ...(by ? { by } : {}) });
  }
  // Earlier contracts.
  if (
    /\b(?:never (?:had|held|been)|not (?:have )?(?:previously |already )?(?:had|held|been)|no (?:previous|prior|earlier)|(?:must|should|may|do|does) not (?:currently |already )?hold|not currently hold|no more than (?:one|two|1|2) (?:prior|previous))\b/.test(
      lower,
    ) &&
    /\bcontract|fellow|graduate|staff\b|\bpost-?doc|\blecturer|\btenured?\b|\bpermanent (?:academic )?(?:post|position)/.test(
      lower,
    )
  ) {
    const kinds: string[] = [];
    if (/\blecturer|\btenured?\b|\bpermanent (?:academic )?(?:post|position)/.test(lower))
      kinds.push('permanent academic position');
    if (/\bpost-?doc/.test(lower) && !/\bno more than (?:one|two|1|2) (?:prior|previous)/.test(lower))
      kinds.push('postdoc');
    if (/\bfellow/.test(lower) && !/\bpost-?doctoral fellow/.test(lower)) kinds.push('CERN fellow');
    if (/\bgraduate\b/.test(lower)) kinds.push('CERN graduate');
    if (/\bstaff\b/.test(lower)) kinds.push('CERN staff');
    if (/\bsummer student/.test(lower)) kinds.push('CERN summer student');
    if (/\btechnical student/.test(lower)) kinds.push('CERN technical student');
    if (/\bdoctoral student/.test(lower)) kinds.push('CERN doctoral student');
    // "No more than one prior postdoctoral appointment" counts contracts: none is within it.
    const most =
      /\b(?:no more than|not (?:have )?(?:held|had|done) more than|at most|a maximum of)\s(one|two|three|1|2|3)\s(?:(?:prior|previous|earlier)\s)?(?:post-?doc|posdoc)/.exec(
        lower,
      );
    if (most) rules.push({ kind: 'max_postdocs', max: n(most[1]) });
    else if (kinds.length > 0 || !/\bno more than (?:one|two|1|2) (?:prior|previous)/.test(lower))
      rules.push({ kind: 'no_earlier_contract', kinds: kinds.length > 0 ? kinds : ['CERN'] });
  }
  // An earlier postdoc required; the host's own recent staff excluded.
  if (/post-?doc|posdoc/.test(lower) && parsePostdocRequired(lower))
    rules.push({ kind: 'earlier_contract_required', kinds: ['postdoc'] });
  const host = parseHostExclusion(text, lower);
  if (host) rules.push({ kind: 'not_employed_by', ...host });
  // Affiliation.
  const aff =
    /\baffiliat\w*\s(?:to|with)\s(?:an?\s|the\s)?([\p{L}\d-]+)/iu.exec(text) ??
    /\bmember of (?:an?\s|the\s)?([\p{L}\d-]+)\s(?:institute|institution|collaboration|experiment)/iu.exec(text);
  const collab = AFFILIATION_CUE.test(lower) ? COLLAB_RE.exec(text)?.[1] : undefined;
  const to0 = aff?.[1] && COLLABS.has(aff[1].toLowerCase()) ? aff[1] : (collab ?? aff?.[1]);
  // "Persons with current or recent prior affiliation ... may not be eligible": a bar, not a requirement.
  const to =
    to0 && !/\b(?:not be eligible|not eligible|ineligible|excluded|may not apply|cannot apply)\b/.test(lower)
      ? to0
      : undefined;
  if (to) rules.push({ kind: 'affiliation', to: COLLAB_NAME.get(to.toLowerCase()) ?? to });
  const language = parseLanguageRule(lower);
  if (language) rules.push({ kind: 'language', ...language });
  // Presence.
  const min = presenceShare(lower);
  const pres =
    /\b(?:present|be)\s(?:on[- ]site\s)?(?:at|in)\s(?:the\s)?([\p{L}]+)[^.]{0,40}\b(?:\d{1,3}\s?%|half|full[- ]time)|\b(?:100\s?%|full[- ]time|permanent|physical)\s?presence\s(?:at|in|on)\s(?:the\s)?([\p{L}]+)|\bpresence\s(?:at|in|on)\s(?:the\s)?([\p{L}]+)[^.]{0,20}\brequired|\b(?:on[- ]site|in[- ]person)\s(?:presence|work)?\s?(?:is\s)?required/u.exec(
      text.toLowerCase(),
    );
  const where1 = pres ? (pres[1] ?? pres[2] ?? pres[3]) : undefined;
  const presenceRule = pres && (!where1 || isPlaceWord(where1, text));
  if (!presenceRule) {
    const avail = parseAvailability(lower);
    if (avail !== undefined) rules.push({ kind: 'availability', min: avail });
  }
  if (presenceRule && pres) {
    const where0 = where1 ?? 'on site';
    const where = where0.toUpperCase() === 'CERN' ? 'CERN' : where0;
    rules.push(min !== undefined && min < 1 ? { kind: 'presence', where, min } : { kind: 'presence', where });
  }
  return markAlternatives(rules, lower);
}

const COLLABS = new Set(vocab.collaborations.map((c) => c.toLowerCase()));
const COLLAB_NAME = new Map(vocab.collaborations.map((c) => [c.toLowerCase(), c]));
const COLLAB_RE = new RegExp(
  `\\b(${vocab.collaborations.map((c) => c.replace(/[.]/g, '\\.').replace(/ /g, '\\s')).join('|')})\\b`,
  'i',
);
const AFFILIATION_CUE = /\b(?:affiliat\w*|member of|members of|member institute|institute|institution)\b/;

const AVAIL_FULL =
  /\b(?:available|availability|able|commit(?:ted)?|dedicate|devote|work)\b[^.;]{0,25}\bfull[- ]time\b|\bfull[- ]time (?:availability|commitment)\b|\bpart[- ]time (?:applications?|applicants?|candidates?|work|employment|appointments?)\b[^.;]{0,40}\b(?:not|cannot|can't|won't)\b(?:\s\w+){0,2}\s(?:be\s)?(?:considered|accepted|possible|eligible)|\bdisponibles? a temps plein\b|\bvollzeit verfugbar\b|\bdisponibilita a tempo pieno\b|\bdisponibilidad a tiempo completo\b/;
const AVAIL_SHARE = /\bavailab\w*\s(?:for\s|to work\s)?(?:at least\s|a minimum of\s)?(\d{2,3})\s?%/;

/** "must be available full time" (1), "available for at least 80%" (0.8); "part-time is possible" states none. */
function parseAvailability(lower: string): number | undefined {
  if (!lower.includes('time') && !lower.includes('%') && !lower.includes('vollzeit') && !lower.includes('temp'))
    return undefined;
  const share = AVAIL_SHARE.exec(lower);
  if (share?.[1]) return Math.min(1, Number(share[1]) / 100);
  // "Part-time work is possible" lets in what the line would otherwise bar.
  const possible = /\bpart[- ]time\b[^.;]{0,30}\b(?:possible|welcome|considered|available|negotiable)\b/.exec(lower);
  if (AVAIL_FULL.test(lower) && !(possible && !/\b(?:not|cannot|can't|won't)\b/.test(possible[0]))) return 1;
  return undefined;
}

/** A place one is present at: a name written with a capital ("CERN", "Geneva") or a site word ("the lab"). */
function isPlaceWord(word: string, text: string): boolean {
  if (/^(?:office|lab|laboratory|site|campus|institute|premises|workplace|department|group)$/.test(word)) return true;
  return new RegExp(`\\b${word.charAt(0).toUpperCase()}${word.slice(1)}\\b|\\b${word.toUpperCase()}\\b`).test(text);
}

/** "for at least 50% of your working time" -> 0.5; "100% of your time" -> 1. */
function presenceShare(lower: string): number | undefined {
  const pc = /(?<![\w.])(\d{1,3})\s?%/.exec(lower);
  if (pc?.[1]) return Math.min(1, Number(pc[1]) / 100);
  if (/\bhalf (?:of )?(?:the|your|their) (?:working )?time\b/.test(lower)) return 0.5;
  return undefined;
}

/**
 * "Master of Science" names the degree, not its field: the field is what follows ("in physics"),
 * if anything. `m` matched a degree word, "in" or "of", and (m[1]) what follows them.
 */
function namedDegree(m: RegExpExecArray): { field: string | undefined } | null {
  const rest0 = m[1] as string;
  const named =
    /^(?:science|sciences|engineering|arts|technology|philosophy|research)\b(?:\s(?:or|and)\s(?:equivalent|similar)\b)?/i.exec(
      rest0,
    );
  if (!named || !/\sof\s$/i.test(m[0].slice(0, m[0].length - rest0.length))) return null;
  const rest = /^\s*(?:degree\s)?(?:in|en)\s([^.;()]{2,120})/i.exec(rest0.slice(named[0].length));
  return { field: rest?.[1] ? fieldOf(`degree in ${rest[1]}`) : undefined };
}

/** The field of studies a student must be in: "preparing a doctoral thesis in applied physics, engineering or computing". */
function studyFieldOf(text: string): string | undefined {
  const m = /\b(?:thesis|programme|program|studies|students?|course)\s(?:in|of)\s([^.;()]{2,100})/i.exec(text);
  if (!m?.[1]) return undefined;
  const named = namedDegree(m);
  if (named) return named.field;
  const f = m[1]
    .split(/\s(?:to|at|who|which|and are|and have|for|with|from|in order)\b|,\s(?:who|which|and)\b/i)[0]
    ?.trim();
  return f && f.length >= 2 && !/^(?:a|an|the)\b/i.test(f) ? f : undefined;
}

/** The field a degree is in: "a PhD in experimental particle physics or a closely related field at the time of application" -> up to "field". */
function fieldOf(text: string): string | undefined {
  const m =
    /\b(?:degree|ph\.?\s?d\.?|doctorate|master'?s?(?: degree)?|bachelor'?s?(?: degree)?|msc|bsc|diploma)\s(?:in|of)\s([^.;()]{2,120})/i.exec(
      text,
    );
  if (!m?.[1]) return undefined;
  const named = namedDegree(m);
  if (named) return named.field;
  const f = m[1]
    .split(
      /\s(?:(?:is |are )?(?:required|preferred|desirable|mandatory|essential|necessary)|is an asset|or higher|or above|up to|within|no more than|at most|or an? (?:master|bachelor|ph\.?\s?d|doctorate|degree)\w*|at the time|from|by|before|awarded|obtained|received|with|which|who|when|is|are|will|and you|and have|and hold|and be|and can|and must|or equivalent experience)\b|,\s(?:awarded|obtained|received|and|you|with|or (?:you|they|will|be|have))\b/i,
    )[0]
    ?.trim()
    .replace(/[,\s]+$/, '');
  // "in one of the following fields:" points to a list elsewhere, and names no field itself.
  if (
    f &&
    /^(?:(?:one|any) of )?the following\b|^(?:an?y? )?(?:related|relevant|appropriate|suitable) (?:field|area|discipline)s?$/i.test(
      f,
    )
  )
    return undefined;
  return f && f.length >= 2 ? f : undefined;
}

export function isInformational(text: string): boolean {
  const lower = fold(text.slice(0, 500));
  return INFORMATIONAL.some((re) => re.test(lower)) || opensToAll(lower) || introducesList(text);
}

/** "Only applicants who comply to the following conditions will be considered:": a line that opens a list. */
function introducesList(text: string): boolean {
  return text.length <= 300 && /:\s*$/.test(text);
}

/** Lines in requirements that are eligibility in all but name (right to work, degree, years). */
const ELIGIBILITY_LIKE =
  /\b(?:resid\w*|risied\w*|gewohnt|nacionalidad|cittadinanza|staatsangeh\w*|doctorat|dottorato|doctorado|promotion|laurea|membership of|member of|affiliat\w*)\b|\bright to work\b|\bwork permit\b|\bdegree\b|\bph\.?d\b|\bmsc\b|\bbachelor|\bmaster'?s?\b|\b\d{1,2}\s?\+\s?years?\b|\b(?:at least|minimum of) \w+ years?\b|\bnational(?:s|ity)?\b|\bcitizens?(?:hip)?\b/i;

const ALL_AT_DEADLINE = new RegExp(
  `\\b(?:all|these|the above|the|tutti i|i|tous les|les|alle|todos los|los)\\s(?:\\w+\\s){0,2}?(?:requirements|requisiti|conditions|criteria|eligibility criteria|voraussetzungen|requisitos)\\b[^.]{0,80}?(?:${vocab.degreeBy.deadline.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})`,
);
const EITHER_LIST =
  /\b(?:either|one of the following|any of the following|l'une des conditions|una delle seguenti|eine der folgenden|uno de los siguientes)\b[^:]{0,40}:\s*$/;

const cache = new Map<string, { text: string; country: string | null; criteria: Criterion[] }>();
const CACHE_MAX = 2000;

/** Criteria with their rules: the posting's eligibility quotes, plus eligibility-like requirement lines. */
const phrasesRe = (list: string[]) =>
  new RegExp(`\\b(?:${list.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|')})\\b`);
const HELD_BY = { deadline: phrasesRe(vocab.degreeBy.deadline), start: phrasesRe(vocab.degreeBy.start) };

// "completed by the 1st October 2027", "must be obtained by 31 October": a degree verb, then a day.
const HELD_BY_DAY =
  /\b(?:completed|obtained|awarded|conferred|finished|defended|graduated|achieved|earned|received|held|hold|have|obtain|complete|obtenu|obtenue|abgeschlossen|conseguit[oa]|obtenido)\b[^.;]{0,40}?\b(?:by|before|no later than|not later than|au plus tard le|avant le|bis zum|bis|entro il|entro|antes del)\s(?:the\s)?/;

/** "a PhD at the time of application", "awarded before the start of the contract", "completed by 1 October 2027": when the degree must be held. */
function degreeHeldBy(lower: string): string | undefined {
  const m = HELD_BY_DAY.exec(lower);
  if (m) {
    const at = parseAgeReference(`on ${lower.slice(m.index + m[0].length, m.index + m[0].length + 40)}`, NEVER);
    if (at && at !== 'deadline') return at;
  }
  if (HELD_BY.deadline.test(lower)) return 'deadline';
  if (HELD_BY.start.test(lower)) return 'start';
  return undefined;
}
const NEVER = /(?!)/;

export function buildRules(posting: Posting): Criterion[] {
  const hit = cache.get(posting.id);
  if (hit && hit.text === posting.text && hit.country === posting.country) return hit.criteria;
  const quotes: Quote[] = [...posting.eligibility];
  const seen = new Set(quotes.map((q) => q.text.trim()));
  // A criterion wrapped over lines is quoted whole at its first line: its lines are taken.
  const lines = new Set(quotes.map((q) => q.line));
  for (const s of posting.requiredSkills ?? []) {
    if (!seen.has(s.text.trim()) && !lines.has(s.line) && ELIGIBILITY_LIKE.test(fold(s.text))) {
      const rules = parseCriterion(s.text);
      if (rules.length > 0) {
        quotes.push({ text: s.text, line: s.line });
        seen.add(s.text.trim());
      }
    }
  }
  let opening: string | null = null;
  const criteria: Criterion[] = quotes.map((quote) => {
    const rules = parseCriterion(quote.text);
    // "Positions are also available to candidates from Non-Member States": a way in, not a rule.
    // Its own conditions ("only if they have been residing in a Member State") are quoted in the
    // way in it leaves, and bind only those it admits.
    const opens = !rules.some((r) => r.kind === 'nationality')
      ? nonMemberOpening(fold(quote.text.slice(0, 500)))
      : null;
    if (opens) {
      opening = opens;
      return { quote, rules: [], informational: true, note: 'it opens the post to some nationals of other states too' };
    }
    const informational = rules.length === 0 && isInformational(quote.text);
    if (informational && opensToAll(fold(quote.text.slice(0, 500))))
      return { quote, rules, informational, note: 'it opens the post to every nationality' };
    if (informational && introducesList(quote.text))
      return { quote, rules, informational, note: 'it introduces the criteria that follow' };
    return { quote, rules, informational };
  });
  // That way in holds for the posting's nationality rules stated elsewhere.
  const way = opening;
  if (way)
    for (const c of criteria)
      c.rules = c.rules.map((r) => (r.kind === 'nationality' && !r.unless ? { ...r, unless: way } : r));
  // "Tutti i requisiti ... devono essere posseduti alla data di scadenza", "All requirements must be
  // met by the closing date": an age limit that names no day of its own is counted at the deadline.
  if (ALL_AT_DEADLINE.test(fold(posting.text.slice(0, 20000))))
    for (const c of criteria)
      c.rules = c.rules.map((r) => (r.kind === 'max_age' && !r.at ? { ...r, at: 'deadline' } : r));
  // The items of an "either:" list are alternatives: one of them is enough.
  for (let i = 0; i < criteria.length; i++) {
    const intro = criteria[i] as Criterion;
    if (!intro.informational || !EITHER_LIST.test(fold(intro.quote.text))) continue;
    for (let j = i + 1; j < criteria.length; j++) {
      const c = criteria[j] as Criterion;
      if (c.quote.line > (criteria[j - 1] as Criterion).quote.line + 2) break;
      c.rules = c.rules.map((r) => (r.unless ? r : { ...r, unless: 'another item of the list applies to you' }));
    }
  }
  // "the country of the host organisation" is the posting's own country, when it states one.
  const home = posting.country;
  if (home)
    for (const c of criteria)
      c.rules = c.rules.map((r) => (r.kind === 'max_residence' && r.country === 'host' ? { ...r, country: home } : r));
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(posting.id, { text: posting.text, country: posting.country, criteria });
  return criteria;
}
