// The minimum degree a role requires: bachelor, master or phd, or null when none is stated. A
// degree counts when the posting asks that it be held ("must hold a PhD", "a PhD in physics",
// "Titulaire d'un doctorat", "Master's degree or equivalent"); not when it is excluded ("a PhD is
// not mandatory", "Applicants with a PhD are not eligible"), studied for ("students of a
// Bachelor's", "to obtain your PhD") or taught. Alternatives give the lowest ("a PhD ... or a
// master in engineering": master); "a PhD or relevant experience" requires none.
import type { Degree } from '../corpus/posting.ts';
import type { Entry } from '../corpus/role.ts';
import data from './degrees.json' with { type: 'json' };
import { HINT_DEGREE, hints } from './line-hints.ts';
import { compilePhrases } from './phrase-regex.ts';

type Level = Exclude<Degree, null>;
const RANK: Record<Level, number> = { bachelor: 1, master: 2, phd: 3 };

const caseSensitive = new Set(data.caseSensitive);
const LEVEL_OF = new Map<string, Level>();
for (const level of ['bachelor', 'master', 'phd'] as const)
  for (const w of data.levels[level]) LEVEL_OF.set(caseSensitive.has(w) ? w : w.toLowerCase(), level);
const all = (['bachelor', 'master', 'phd'] as const).flatMap((l) => data.levels[l]);
const degreeRe = compilePhrases(
  all.filter((w) => !caseSensitive.has(w)),
  'gi',
);
const exactRe = compilePhrases([...caseSensitive], 'g');

const degreeTestRe = compilePhrases(all.filter((w) => !caseSensitive.has(w)));
const exactTestRe = compilePhrases([...caseSensitive], '');
const OTHER_DEGREE_OR = /(?:\S+\s+){1,3}(?:degree|diploma|qualification)\s+or\s+(?:an?\s+)?$/i;
const heldRe = compilePhrases(data.held);
// "a university degree (Master or Diplom) in physics": the bracket closes the degree's name.
const afterRe = new RegExp(`^[\\s,)]*${compilePhrases(data.requiredAfter).source}`, 'i');
const notAfterRe = new RegExp(`^[\\s'’s]*(?:degrees?\\s+)?${compilePhrases(data.notAfter).source}`, 'i');
const notBeforeAdjacentRe = new RegExp(
  `${compilePhrases(data.notBeforeAdjacent).source}\\s*(?:(?:a|an|the|your|their|his|her|any|del|de|la|du|des|della|dello|di|un|una|une|d['’]un|d['’]une)\\s+){0,2}$`,
  'i',
);
const notBeforeNearRe = compilePhrases(data.notBeforeNear);
const articleRe = new RegExp(`(?:^|[\\s(])${compilePhrases(data.programmeArticles).source}\\s+$`, 'i');
const orExperienceRe = compilePhrases(data.orExperience);
const withoutRe = /\b(?:without|sans|ohne|senza|sin)\s+(?:an?\s+|the\s+|un\s+|une\s+|einen?\s+)?$/i;
const barredRe =
  /\b(?:not eligible|ineligible|cannot apply|can't apply|may not apply|must not apply|excluded|not accepted|not admitted|(?:will|shall) not be considered|are not considered|ne peuvent pas|non possono|nicht teilnahmeberechtigt|no pueden)\b/i;
// "a PhD, or at least 4 years' relevant experience", "a doctoral degree or have at least four years
// full time equivalent research experience": years of experience as the other way in.
const orYearsRe =
  /^[\s,]*or\s+(?:have\s+|has\s+|having\s+)?(?:at least\s+|a minimum of\s+)?(?:\w+[\s-])?years?['’]?\s+(?:of\s+)?(?:[\w-]+\s+){0,4}experience/i;
const impliesPhdRe = compilePhrases(data.impliesPhd);
// "a university degree (BSc level or above)", "graduated at Master's level in physics": the degree
// named by its level is the degree itself, not "Master level courses".
const levelDegreeRe =
  /^(?:['’]s)?\s+level\s+(?:or\s+(?:above|higher)|and\s+(?:above|higher)|in\s|diploma|degree|qualification)/i;
// "Niveau d'études souhaité : Bac+5": a form's education field asks for the degree it names; not
// "Niveau de diplôme préparé" (the one studied for).
const degreeLabelRe = new RegExp(
  `^\\W*${compilePhrases(data.degreeLabels).source}(?:\\s+(?:souhaité|requis|exigé|minimum|requerida|richiesto|required))?\\s*:`,
  'i',
);
const mastersStudentsRe = compilePhrases(data.mastersStudents);
const referencePointRe = compilePhrases(data.referencePoints, 'gi');
const capRe = compilePhrases(data.experienceCaps);

/**
 * Whether the degree at `start` is the start of an experience count: a reference phrase before
 * it, with no alternative or list between ("up to five years after graduation or a master in
 * engineering": the master is asked for, not counted from).
 */
function referencePoint(t: string, start: number): boolean {
  const base = Math.max(0, start - 90);
  const window = t.slice(base, start);
  let at = -1;
  let end = -1;
  for (const m of window.matchAll(referencePointRe)) {
    at = m.index ?? 0;
    end = at + m[0].length;
  }
  if (end < 0 || /\b(?:or|and|oder|und|ou|et|o|e|y)\b|[,;]/i.test(window.slice(end))) return false;
  // Only a cap counts from it ("a maximum of 10 years of experience after the MSc"): "at least 4
  // years of experience since your MSc" is a way in of its own, and asks for the MSc.
  return capRe.test(t.slice(Math.max(0, base + at - 80), base + at));
}

// A clause ends at ";", "!", "?" or a full stop after a word ("... physics. The"), not at "Ph.D.".
const CLAUSE_END = /[;!?]|[a-z]{3}\.\s/g;

function clauseBefore(t: string, at: number): string {
  const s = t.slice(Math.max(0, at - 70), at);
  let cut = 0;
  for (const m of s.matchAll(CLAUSE_END)) cut = (m.index ?? 0) + m[0].length;
  return s.slice(cut);
}

function clauseAfter(t: string, from: number): string {
  const s = t.slice(from, from + 70);
  CLAUSE_END.lastIndex = 0;
  const m = /[;!?]|[a-z]{3}\.\s/.exec(s);
  return m ? s.slice(0, m.index + m[0].length) : s;
}

const OR_NEXT = /^(?:['’]s)?\s*(?:or|\/|and\/or)\s+(?:an?\s+)?/i;
const degreeStartRe = new RegExp(`^(?:${compilePhrases(all).source})`, 'i');

/** After "a bachelor's or master's degree in ...": what follows the alternative degree. */
function afterAlternative(after: string): string {
  const or = OR_NEXT.exec(after);
  if (!or) return '';
  const rest = after.slice(or[0].length);
  const next = degreeStartRe.exec(rest);
  return next ? rest.slice(next[0].length) : '';
}

/** A level held only as the start of an experience count ("experience after the MSc"). */
type Reference = { reference: Level };

// "Grado en Física y de un Máster", "(Diplom/Master) und Promotion", "a BSc in physics and an MSc":
// a second degree joined to the first by "and" after the first's complement or with its own article
// is required too; "Bachelor and Master graduates" lists degrees that each may do.
const BOTH_NEXT = new RegExp(
  `^(?:['’]s)?(?:\\s*\\/\\s*[^\\s/)]+)*(?:\\s+degree)?(?:\\s+(?:in|en|em|di|der|des|of)\\s+[^,;()]{2,40}?|\\s*\\)|(?=\\s+\\S+\\s+(?:a|an|un|una|une|ein|eine|einen|einer|d['’]un|de\\s+un|di\\s+un|also)\\s))\\s+(?:and|y|e|et|und)\\s+(?:(?:a|an|un|una|une|ein|eine|einen|einer|d['’]un|de|di|also|auch)\\s+)*(${compilePhrases(all).source})`,
  'i',
);

/** The level of a degree the clause after a mention requires as well, or null. */
function alsoRequired(after: string): Level | null {
  const m = BOTH_NEXT.exec(after);
  if (!m?.[1]) return null;
  return LEVEL_OF.get(m[1]) ?? LEVEL_OF.get(m[1].toLowerCase().replace(/\s+/g, ' ')) ?? null;
}

/** What one mention of a degree says: required at this level, required at no level, or nothing. */
function judge(t: string, start: number, end: number, level: Level): Level | Reference | 'none' | null {
  const before = clauseBefore(t, start);
  if (referencePoint(t, start)) return { reference: level };
  const after = clauseAfter(t, end);
  const also = alsoRequired(after);
  if (also && RANK[also] > RANK[level]) return null;
  const levelled = levelDegreeRe.test(after);
  if (!levelled && notAfterRe.test(after)) return null;
  // "Applicants without a PhD cannot apply": barred without it, so it is asked for.
  if (withoutRe.test(before) && barredRe.test(t.slice(end, end + 120))) return level;
  if (notBeforeAdjacentRe.test(before) || notBeforeNearRe.test(before.slice(-40))) return null;
  const held = heldRe.test(before) || (start < 60 && degreeLabelRe.test(t));
  if (!held && articleRe.test(before)) return null;
  if (!held && !levelled && !afterRe.test(after) && !afterRe.test(afterAlternative(after))) return null;
  if (orExperienceRe.test(after) || orYearsRe.test(after)) return 'none';
  // "a software engineer degree or a PhD": the other degree's level is unknown, so is the minimum.
  const other = OTHER_DEGREE_OR.exec(before);
  if (other && !degreeTestRe.test(other[0]) && !exactTestRe.test(other[0])) return 'none';
  return level;
}

function degreesIn(t: string): Array<Level | Reference | 'none'> {
  const out: Array<Level | Reference | 'none'> = [];
  const seen = new Set<number>();
  for (const re of [degreeRe, exactRe])
    for (const m of t.matchAll(re)) {
      const start = m.index ?? 0;
      if (seen.has(start)) continue;
      seen.add(start);
      const level = LEVEL_OF.get(m[0]) ?? LEVEL_OF.get(m[0].toLowerCase().replace(/\s+/g, ' '));
      if (!level) continue;
      const v = judge(t, start, start + m[0].length, level);
      if (v) out.push(v);
    }
  if (impliesPhdRe.test(t)) out.push('phd');
  // An enrolled master's student already holds a bachelor's.
  if (mastersStudentsRe.test(t) && !/bachelor/i.test(t)) out.push('bachelor');
  return out;
}

const barredIntroRe = compilePhrases(data.barredIntro);
/** How many lines after a "who may not apply:" line its list may run. */
const BARRED_LIST_LINES = 6;

export function extractDegree(entries: Entry[]): Degree {
  let min: Level | null = null;
  let reference: Level | null = null;
  let none = false;
  // Lines left in a list of who may not apply ("No podrán ser solicitantes ... circunstancias:").
  let barred = 0;
  for (const e of entries) {
    const t = e.text;
    // A heading has lost its colon; any heading ends the list before it.
    if (t.endsWith(':') || e.kind === 'heading') barred = barredIntroRe.test(t) ? BARRED_LIST_LINES + 1 : 0;
    if (barred > BARRED_LIST_LINES) barred--;
    else if (barred > 0) {
      barred--;
      continue;
    }
    if (e.kind === 'heading' || t.length > 2000 || !hints(e, HINT_DEGREE)) continue;
    for (const v of degreesIn(t)) {
      if (v === 'none') none = true;
      else if (typeof v === 'object') {
        if (!reference || RANK[v.reference] < RANK[reference]) reference = v.reference;
      } else if (!min || RANK[v] < RANK[min]) min = v;
    }
  }
  return none ? null : (min ?? reference);
}
