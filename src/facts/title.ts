// The role's title in its own words. The format's first line is kept unless it is not a title:
// an advert number, a site heading ("Working at ESO", "Open Positions"), a status ("Applications
// have closed"), a date or a label, or the name of an institution. Then a title header
// ("Position Title:", "Intitulé de l'offre :"), the first short line that names a role, the
// object of a hiring sentence ("invites applications for an Assistant Professor position in
// ..."), a quoted programme name, and last a title composed from the role's words.
import type { Entry, RawRole } from '../corpus/role.ts';
import { classifyHeading } from '../corpus/sections.ts';
import cueWords from './cues.json' with { type: 'json' };
import { findLabelledValue, labelSet, splitLabel } from './labelled-value.ts';
import { NUMBER_WORDS } from './number-words.ts';
import { broadestOrgName } from './org-names.ts';
import chrome from './page-chrome.json' with { type: 'json' };
import cues from './place-cues.json' with { type: 'json' };
import { languageNames, skillVocabulary } from './vocab.ts';

const titleLabels = labelSet(cues.titleLabels);
const notTitle = labelSet(cues.notTitle);
const pageChrome: ReadonlySet<string> = new Set(chrome.lines);
const otherLabels = labelSet([...cues.organisationLabels, ...cues.locationLabels, ...cues.advertNumber]);
const notTitleAt = cues.notTitle.filter((w) => w.endsWith(' at')).map((w) => `${w.toLowerCase()} `);
const advertLabels = cues.advertNumber.map((w) => w.toLowerCase());
const roleNouns = new Set(cues.roleNouns.map((w) => w.toLowerCase()));
const roleTails: ReadonlySet<string> = new Set(cues.roleTails.map((w) => w.toLowerCase()));
const objectLinks: ReadonlySet<string> = new Set(cues.objectLinks);
const objectArticles: ReadonlySet<string> = new Set(cues.objectArticles);
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const objectVerbs = [
  ...cues.hiringVerbs,
  ...cues.callOffers,
  'accepting applications for',
  'applications are invited for',
  'is opening the position of',
];
const objectRe = new RegExp(
  `\\b(?:${objectVerbs.map(esc).join('|')})\\s+(?:(?:a|an|the|one|two|three|four|five|several|multiple|(?:n\\.?\\s?|n°\\s?|nr\\.?\\s?)?\\d{1,3})\\s+)?(.{3,160})`,
  'i',
);
const pageWordEnd = /\b(?:instructions|information|overview|details|detail|summary|navigation|menu)$/i;
const statusRe =
  /^(?:you cannot apply|applications? (?:have|has|is|are) (?:closed|now closed)|the application has (?:already )?closed|this (?:position|vacancy|job) (?:has been filled|is closed|is no longer)|closed|expired|expires in)/i;
const formQuestionRe = /^(?:is|are|does|do|will|can|has|have|was|were)\s[^?]{3,200}\?/i;
const dateOnlyRe = /^[\d\s./:-]*(?:\p{L}{3,9}\.?)?[\d\s.,/:-]*$/u;
// "Home > Careers > Open Positions": a trail of short page names, not a title.
const crumbSep = /\s[>›»]\s/;
// "Ref. 2027/114 – Postdoctoral Fellow in ...": an advert number written before the title.
const leadingAdvertRe = new RegExp(
  `^(?:${cues.advertNumber.map(esc).join('|')})\\.?\\s*(?:no\\.?|number|#)?\\s*[:#]?\\s*[\\p{L}\\d/._-]*\\d[\\p{L}\\d/._-]*\\s*[–—:|-]\\s+`,
  'iu',
);
const wordRe = /[\p{L}][\p{L}'’-]*/gu;
// "Project Assistant Professor, one person": a head count written after the title and a comma (a
// count in brackets, "(3 posts)", is the title's own and stays).
const countRe = new RegExp(
  `,\\s*(?:\\d{1,2}|${Object.keys(NUMBER_WORDS).map(esc).join('|')})\\s+(?:${cues.countNouns.map(esc).join('|')})\\s*$`,
  'iu',
);

// "Career Area: Postdoctoral", "Job Category: Research": a form field of a board, not a title.
const formLabelHeads: ReadonlySet<string> = new Set(cues.formLabelHeads);
const formLabel = (label: string) => label.includes(' ') && formLabelHeads.has(label.slice(label.lastIndexOf(' ') + 1));

function words(t: string): string[] {
  return t.match(wordRe) ?? [];
}

/** Whether a line names a role: one of its words (or its hyphen parts) is a role noun. */
export function namesRole(t: string): boolean {
  for (const w of words(t.replace(/\([^)]*\)/g, ' '))) {
    const low = w.toLowerCase();
    if (roleNouns.has(low)) return true;
    if (low.includes('-') && low.split('-').some((p) => roleNouns.has(p))) return true;
  }
  return false;
}

/** Whether a line names one role: a role noun that is not the plural of another ("Researchers in Motion"). */
function namesOneRole(t: string): boolean {
  for (const w of words(t.replace(/\([^)]*\)/g, ' '))) {
    const low = w.toLowerCase();
    // "Post-doctorat", "PhD-Stelle": a hyphen part may be the role noun.
    for (const p of low.includes('-') ? [low, ...low.split('-')] : [low])
      if (roleNouns.has(p) && !(p.endsWith('s') && roleNouns.has(p.slice(0, -1)))) return true;
  }
  return false;
}

// The same heading lines come back in many postings (a site's headings, a template's): each
// distinct line is judged once.
const verdicts = new Map<string, string | null>();
const CACHE_MAX = 4096;

// "Post-doctorat : calibration du calorimètre", "PhD position: dark matter with XENONnT": a role
// as the label, the role's topic as the value; not "Director: Prof. Anna Weber" (a person), nor a
// date, a duration or an address after it.
const yearOrSpanRe =
  /\b(?:19|20)\d{2}\b|\d+\s*(?:years?|months?|weeks?|ans|mois|jahre|monate|anni|mesi|años|meses)\b|@|https?:/i;

/** Whether a "Label: value" line is a role and its topic, a title. */
export function roleLabelTitle(t: string): boolean {
  const parts = t.length <= 200 ? splitLabel(t) : null;
  if (!parts?.value || parts.label.split(' ').length > 3 || titleLabels.has(parts.label)) return false;
  if (otherLabels.has(parts.label) || classifyHeading(parts.label, true) !== null || formLabel(parts.label))
    return false;
  if (!namesRole(parts.label) || yearOrSpanRe.test(parts.value)) return false;
  const ws = parts.value.split(/\s+/);
  return ws.length >= 2 && ws.some((w) => /^\p{Ll}\p{L}{2,}/u.test(w));
}

// "Bando n. 25741/2026", "Decreto Rettorale n. 456", "Avis de recrutement n° 2026-45": the
// notice of a call, not the role it offers.
const callLineRe = new RegExp(`^(?:${cues.callNotices.map(esc).join('|')})(?![\\p{L}])`, 'iu');
// "Section A", "Annex 2": a part of the document; "Ufficio Assegni di Ricerca ...": the office issuing the call.
const documentPartRe = new RegExp(
  `^(?:${cues.documentParts.map(esc).join('|')})\\s+(?:[A-Z]|\\d{1,2}|[IVX]{1,4})[.:]?$`,
  'i',
);
const officeRe = new RegExp(`^(?:${cues.officeHeads.map(esc).join('|')})(?![\\p{L}])`, 'iu');

/** Why a heading line is not a role's title, or null when it may be one. */
export function notATitle(t: string): string | null {
  let verdict = verdicts.get(t);
  if (verdict === undefined) {
    verdict = judgeTitle(t);
    if (verdicts.size >= CACHE_MAX) verdicts.clear();
    verdicts.set(t, verdict);
  }
  return verdict;
}

function judgeTitle(t: string): string | null {
  const s = t.trim();
  if (!s) return 'empty';
  const low = s.toLowerCase().replace(/[:.!]+$/, '');
  if (notTitle.has(low)) return 'site heading';
  if (pageChrome.has(low)) return 'page chrome';
  for (const w of notTitleAt) if (low.startsWith(w)) return 'site heading';
  if (crumbSep.test(s) && s.split(crumbSep).every((p) => p.trim().split(/\s+/).length <= 4)) return 'breadcrumb';
  if (advertLabels.some((a) => low.startsWith(a) && /[\d#]/.test(low.slice(a.length))) && !advertBeforeTitle(s))
    return 'advert number';
  if (statusRe.test(s)) return 'status';
  // "Is the job funded through the EU Research Framework Programme? No": a form's question.
  if (formQuestionRe.test(s)) return 'question';
  if (dateOnlyRe.test(s) && /\d/.test(s)) return 'date';
  if (pageWordEnd.test(low) && !namesRole(s.replace(pageWordEnd, ''))) return 'site heading';
  // A call's number or decree, or a notice that names no role ("BANDO DI SELEZIONE PUBBLICA");
  // "Convocatoria de contrato predoctoral en física teórica" names its role and stays.
  if (callLineRe.test(s) && (/\d/.test(s) || !namesRole(s))) return 'call notice';
  if (documentPartRe.test(s)) return 'document part';
  // "[updated on Nov 29, 2016]": a note in brackets.
  if (s.startsWith('[') && s.endsWith(']')) return 'note';
  // "Researcher Profile", "Career Level": a form's field name on a line of its own.
  if (!/\d/.test(s) && s.split(/\s+/).length <= 3 && formLabel(low)) return 'label';
  if (officeRe.test(s)) return 'office';
  const label = splitLabel(s);
  // "From 15 January 2017: Start of PhD projects": a step of a timeline, dated by its label.
  if (label?.value && (yearRe.test(label.label) || /\d{1,2}[./]\d{1,2}/.test(label.label))) return 'timeline';
  // "Abruzzo: Bando per n. 3 assegni ...": a numbered call after a label is a notice too.
  if (label?.value && callLineRe.test(label.value) && /\d/.test(label.value)) return 'call notice';
  if (label?.value && !titleLabels.has(label.label) && label.label.split(' ').length <= 4 && !roleLabelTitle(s)) {
    // "Closes: 3 May", "Organisation: STFC", "Job type: Academic"; not "IJCLab Orsay: Rust developer ...".
    const known = classifyHeading(label.label, true) !== null || otherLabels.has(label.label) || formLabel(label.label);
    if (known || (/\d/.test(label.value) && !namesRole(label.value)) || !namesRole(s)) return 'label';
  }
  const org = broadestOrgName(s, 3);
  if (org && !namesRole(s) && org.name.length >= s.replace(/\s*[-–,].*$/, '').length * 0.6) return 'institution';
  // "Recruitment process will open 1st November 2020", "Periodo de inscripción del 09/02/2017 al
  // 08/03/2017": a notice of the call's dates that names no role.
  if (yearRe.test(s) && !namesRole(s)) return 'date notice';
  // "For all positions in this consortium, the following aspects apply:": a sentence that opens a list.
  if (s.endsWith(':') && s.split(/\s+/).length >= 5) return 'list intro';
  // "Fellowships & Awards", "Becas y empleos": a site's menu of kinds of offer, in the plural.
  if (pluralPairRe.test(s)) return 'site heading';
  // "The Post", "Il posto": a section heading that introduces the role, not its name.
  if (articleNounRe.test(s)) return 'section heading';
  if (classifyHeading(s, true)) return 'section heading';
  return null;
}
const yearRe = /\b(?:19|20)\d{2}\b/;
const pluralPairRe = /^\p{Lu}\p{L}+s\s+(?:&|and|y|e|et|und)\s+\p{L}+s$/u;
const articleNounRe = new RegExp(
  `^(?:the|our|this|la|le|il|el|die|der|das)\\s+(?:${['post', 'position', 'role', 'job', 'poste', 'posto', 'puesto', 'stelle'].join('|')})$`,
  'i',
);

/** The title after an advert number that opens the line ("Ref. 2027/114 – Postdoc in ..."), or null. */
function advertBeforeTitle(t: string): string | null {
  const m = leadingAdvertRe.exec(t);
  const rest = m ? t.slice(m[0].length).trim() : '';
  return rest.length >= 4 && namesRole(rest) ? rest : null;
}

/** A short line that may be a title: no sentence, no label, not a section name. */
function titleLike(e: Entry): boolean {
  const t = e.text;
  if (t.length < 4 || t.length > 160 || /[.!?;,:]$/.test(t)) return false;
  if (notATitle(t)) return false;
  if (e.kind === 'label' && !roleLabelTitle(t)) return false;
  if (classifyHeading(t, true)) return false;
  return /^[\p{Lu}\p{N}]/u.test(t);
}

/** The role phrase a hiring sentence offers: "an Assistant Professor position in experimental physics". */
export function hiringObject(t: string): string | null {
  if (t.length > 2000) t = t.slice(0, 2000);
  const m = objectRe.exec(t);
  if (!m?.[1]) return null;
  const own = objectOf(m[1]);
  if (own) return own;
  // "Bando per il conferimento di n. 2 borse": an offer inside the first names the role.
  const inner = objectRe.exec(t.slice(m.index + 1));
  return inner?.[1] ? objectOf(inner[1]) : null;
}

/** The role phrase at the start of what an offer verb introduces. */
function objectOf(offered: string): string | null {
  // "offers 15 (fifteen) positions": the count written out in brackets is no part of the role.
  const phrase = (
    offered.replace(/^\(\s*[\p{L}-]+\s*\)\s+/u, '').split(/(?<!\b\p{Lu})[.;:!?]\s|[.;!?]$|,\s|\s[-–(]\s?/u)[0] ?? ''
  ).trim();
  const ws = phrase.split(/\s+/);
  let head = -1;
  for (let i = 0; i < Math.min(ws.length, 10); i++) {
    if (namesRole(ws[i] as string)) {
      head = i;
      // "Assistant Professor position": the last of adjacent role nouns; "doctoral candidate":
      // a word that ends a role's name without naming one itself.
      while (
        head + 1 < ws.length &&
        (namesRole(ws[head + 1] as string) || roleTails.has((ws[head + 1] as string).toLowerCase()))
      )
        head++;
      break;
    }
  }
  if (head < 0) return null;
  // "un concorso per il conferimento di 21 borse di studio": in French, Italian, Spanish or
  // German words before the role noun (an article, a preposition) are another noun's; the role
  // phrase starts at the role noun, after the last of them or a number.
  let start = 0;
  if (ws.slice(0, head).some((w) => objectArticles.has(w.toLowerCase())))
    for (let i = head - 1; i >= 0; i--)
      if (objectArticles.has((ws[i] as string).toLowerCase()) || /^\d+$/.test(ws[i] as string)) {
        start = i + 1;
        break;
      }
  let end = head + 1;
  // "in experimental physics", "for Post-processing", "di studio": the role's field.
  if (/^(?:in|on|for|of)$/i.test(ws[end] ?? '') || objectLinks.has((ws[end] ?? '').toLowerCase())) {
    end++;
    while (
      end < ws.length &&
      end - head < 8 &&
      !/^(?:to|at|with|that|which|who|beginning|starting|from|supported|funded|within|and|the|\d+)$/i.test(
        ws[end] as string,
      ) &&
      // "pour trois ans": a number ends the field.
      NUMBER_WORDS[(ws[end] as string).toLowerCase()] === undefined
    )
      end++;
  }
  // The field ends on a word of its own, not on "pour" or "for".
  while (
    end > head + 1 &&
    (objectLinks.has((ws[end - 1] as string).toLowerCase()) || /^(?:in|on|for|of)$/i.test(ws[end - 1] as string))
  )
    end--;
  const out = ws
    .slice(start, end)
    .join(' ')
    .replace(/[,;:]$/, '');
  return out.length >= 6 ? out.charAt(0).toUpperCase() + out.slice(1) : null;
}

/**
 * A programme's name written out in full nearby: "the Margaret Butler Fellowship" offered,
 * then "Candidates for the Margaret Butler Postdoctoral Fellowship": the same capitalised name
 * with up to three capitalised words before its last word. Null when the name is not a proper
 * name or is not written fuller.
 */
function fullerName(name: string, entries: Entry[]): string | null {
  const ws = name.split(/\s+/);
  if (ws.length < 2 || ws.length > 8 || !ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return null;
  const head = ws.slice(0, -1).map(esc).join('\\s+');
  const re = new RegExp(`\\b${head}\\s+((?:[\\p{Lu}][\\p{L}-]*\\s+){1,3})${esc(ws[ws.length - 1] as string)}\\b`, 'u');
  for (const e of entries.slice(0, 30)) {
    if (!e.text.includes(ws[0] as string)) continue;
    const m = re.exec(e.text);
    if (m) return m[0].replace(/\s+/g, ' ');
  }
  return null;
}

const quotedRe = /["“«„]([^"”»“]{6,80})["”»“]/;

/** A quoted programme name in running text: 'the "Doctoral Student Programme am CERN"'. */
function quotedTitle(body: Entry[]): string | null {
  for (const e of body.slice(0, 30)) {
    if (!/["“«„]/.test(e.text)) continue;
    const m = quotedRe.exec(e.text);
    const q = m?.[1]?.trim();
    if (q && /^\p{Lu}/u.test(q) && namesRole(q) && q.split(/\s+/).length >= 2) return q;
  }
  return null;
}

/**
 * "CERN Summer Student Programme 2023, organised by ...", "The Lederman Fellowship at Fermilab is
 * intended to ...", "The Peoples Fellowship was created ...": a first sentence that opens with its
 * title (without its article, nor the host after "at").
 */
function leadingTitle(e: Entry | undefined): string | null {
  if (!e || e.kind === 'heading') return null;
  const m =
    /^([\p{Lu}][^,.;:()]{4,90}?)(?:\s+(?:19|20)\d{2})?(?=,|\s+(?:is|are|was|were|offers|gives|aims|attracts|awards|provides|supports|enables)\b)/u.exec(
      e.text,
    );
  const head = m?.[0]
    ?.trim()
    .replace(/\s+at\s+(?:the\s+)?[\p{Lu}][^\s]*(?:\s+[\p{Lu}][^\s]*){0,5}$/u, '')
    .replace(/^The\s+(?=\p{Lu})/u, '');
  if (!head) return null;
  const ws = head.split(/\s+/);
  if (ws.length < 2 || ws.length > 8) return null;
  const last = ws.filter((w) => !/^\d+$/.test(w)).pop() ?? '';
  if (!namesRole(last) || !ws.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return null;
  return head;
}

/**
 * A bilingual page's title in the language the role is described in: a first line that names
 * no role ("Doktora Öğrencileri için CERN Fırsatı") and a later paragraph that opens with a role's
 * name and shares no word with it ("The Doctoral Student Programme is aimed at ...").
 */
function restatedTitle(entries: Entry[], given: string): string | null {
  const own = new Set(words(given.toLowerCase()).filter((w) => w.length > 2));
  for (const e of entries.slice(0, 40)) {
    if (e.kind === 'heading' || e.text.length < 40) continue;
    const lead = leadingTitle(e);
    if (lead && !words(lead.toLowerCase()).some((w) => own.has(w))) return lead.replace(/^the\s+/i, '');
  }
  return null;
}

// The longest role noun first ("postdoctoral researcher" before "postdoc").
const roleNounRe = new RegExp(
  `\\b((?:[A-Za-z\\d][A-Za-z\\d-]*\\s)?(?:${[...cueWords.roleNouns].sort((a, b) => b.length - a.length).join('|')}))\\b`,
  'i',
);

// "the PIER Helmholtz Graduate School", "the local graduate school": a role noun inside an
// institution's name names no role.
const nameWordAfterRe =
  /^\s+(?:schools?|colleges?|institutes?|centres?|centers?|programmes?|programs?|divisions?|departments?|offices?|network)\b/i;

/** The first role noun of a text that is not part of an institution's name. */
const roleNounAllRe = new RegExp(roleNounRe.source, 'gi');
function roleNounAt(t: string): RegExpExecArray | null {
  const re = roleNounAllRe;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    if (!nameWordAfterRe.test(t.slice(m.index + m[0].length))) return m;
  }
  return null;
}

/** A faithful title for an untitled role: its role noun and topic, from its own words. */
export function composeTitle(
  entries: Entry[],
  experiment: string | null,
  organisation: string | null,
  skills: string[],
): string {
  const prose = entries.filter((e) => e.kind !== 'heading').map((e) => e.text);
  let noun: string | null = null;
  for (const t of prose) {
    const m = roleNounAt(t);
    if (m?.[1]) {
      const ws = m[1].split(/\s+/);
      const first = (ws[0] ?? '').toLowerCase();
      noun = ['a', 'an', 'the', 'this', 'our', 'motivated', 'and', 'or', 'for', 'as', 'curious'].includes(first)
        ? ws.slice(1).join(' ')
        : m[1];
      break;
    }
  }
  const topicHeading = entries.find((e) => e.kind === 'heading' && e.section === 'none' && e.text.length <= 60)?.text;
  const main = (noun ? noun.charAt(0).toUpperCase() + noun.slice(1) : 'Position').replace(/\s+/g, ' ');
  const topic =
    topicHeading ??
    dutyTopic(entries) ??
    skills
      .filter((s) => !languageNames.has(s))
      .slice(0, 2)
      .join(', ');
  const who = [experiment, organisation].filter((x): x is string => !!x).filter((v, i, a) => a.indexOf(v) === i);
  let title = topic ? `${main}: ${topic}` : main;
  if (who.length) title += ` (${who.join(', ')})`;
  return title;
}

/** The first duty's named subject: a vocabulary term and the words after it ("XRootD data monitoring"). */
function dutyTopic(entries: Entry[]): string | null {
  for (const e of entries) {
    if (e.section !== 'duties' || e.kind !== 'item') continue;
    const skills = skillVocabulary.find(e.text);
    for (const s of skills) {
      const i = e.text.indexOf(s);
      if (i < 0) continue;
      const m = /^[^\s,;.()]+(?:\s+(?!and\b|or\b|with\b|for\b|in\b|to\b|of\b|including\b)[a-z][a-z-]*){0,2}/.exec(
        e.text.slice(i),
      );
      if (m) return m[0];
    }
  }
  return null;
}

// "TITLE Astrophysicist (Post-Doctoral Research Fellow), IS-1330, Grade 11; $71,274 ...": a form's
// title field in capitals with no colon; the value ends at ";" and at the codes after a comma.
const capsTitleRe = new RegExp(
  `^(?:${cues.titleLabels
    .filter((w) => /^[a-z ]+$/.test(w))
    .map((w) => w.toUpperCase())
    .join('|')})\\s+(?=\\p{Lu}\\p{Ll})`,
  'u',
);
// "For our location in Hamburg we are seeking:" / "Scientist as Technical Lead ...": the role on the next line.
const seekingColonRe =
  /\b(?:we are seeking|we are looking for|is seeking|are seeking|is looking for|seeks|is recruiting|suchen wir|wir suchen|sucht|recrute|recherche|cerca|cerchiamo|busca|buscamos)\s*:$/i;

/** A title a form's capital label or a "we are seeking:" line introduces, among the first lines. */
function introducedTitle(entries: Entry[]): string | null {
  for (let i = 0; i < entries.length && i < 30; i++) {
    const t = (entries[i] as Entry).text;
    if (t.charCodeAt(0) < 128 && capsTitleRe.test(t)) {
      let value = t.replace(capsTitleRe, '').split(';')[0] as string;
      while (/,\s*[^,]*\d[^,]*$/.test(value)) value = value.replace(/,\s*[^,]*\d[^,]*$/, '');
      value = value.trim();
      const named = namesRole(value) || namesRole(value.replace(/[()]/g, ' '));
      if (value.length >= 4 && value.length <= 160 && named && !notATitle(value)) return value;
    }
    if (t.endsWith(':') && seekingColonRe.test(t)) {
      const next = entries[i + 1];
      if (next && next.text.length <= 160 && !/[.!?:]$/.test(next.text) && !notATitle(next.text)) return next.text;
    }
  }
  return null;
}

/** The role's title from its lines, or null when only a composed title will do. */
export function findTitle(role: RawRole): string | null {
  const read = readTitle(role);
  // "... Soft Matter (" over "25000699)": a bracket the line break left open is not the title's.
  const open = read?.endsWith('(') ? read.slice(0, -1).trimEnd() || read : read;
  const whole = open && danglingRe.test(open) ? continuedTitle(role, open) : open;
  const title = whole ? (advertBeforeTitle(whole) ?? whole) : whole;
  if (!title?.includes(',')) return title;
  return title.replace(countRe, '') || title;
}

// "Postdoctoral Prize Fellowships in" over "Theoretical Physics or Astrophysics": a title cut
// after a word that cannot end it.
const danglingRe = /\s(?:in|of|for|at|on|with|and|to|de|du|des|en|pour|für|im|zur|zum|di|del|della|per|y|e|et|und)$/i;

/** The title with the next line, when it goes on there (a short line right below, no heading). */
function continuedTitle(role: RawRole, title: string): string {
  const i = role.entries.findIndex((e) => e.text === title);
  const at = i >= 0 ? (role.entries[i] as Entry).line : role.titleLine;
  const next = i >= 0 ? role.entries[i + 1] : role.entries.find((e) => at !== null && e.line > at);
  if (!next || at === null || next.line > at + 1 || next.text.length > 80 || /[.!?:]$/.test(next.text)) return title;
  return `${title} ${next.text}`;
}

/**
 * A role line among the first lines under a first line that names no role: a portal's or site's
 * banner ("EURAXESS - Researchers in Motion", "Portail Emploi CNRS") gives way to the role.
 */
function roleLineBelow(entries: Entry[]): string | null {
  for (const e of entries.slice(0, 3)) {
    // A crumb ("Jobs > Job offer") may have opened a description section above the role line.
    if (e.kind === 'item' || (e.section !== 'none' && e.section !== 'description')) continue;
    if (titleLike(e) && namesOneRole(e.text) && !objectRe.test(e.text)) return e.text;
  }
  return null;
}

// "VolverConvocatoria: ...": a back link's word glued to the title after it.
const gluedLinkRe = new RegExp(`^(?:${chrome.gluedLinks.map(esc).join('|')})(?=\\p{Lu}\\p{L})`, 'u');

function readTitle(role: RawRole): string | null {
  const first = role.title?.trim() || null;
  const given = first && gluedLinkRe.test(first) ? first.replace(gluedLinkRe, '') : first;
  // A front matter `title:` and an e-mail Subject say outright what the title is.
  if (given && (role.split || role.titleStated)) return given;
  const entries = role.entries;
  // "borse studio fisica nucleare": a first line of lowercase keywords (a page's slug) gives way
  // to the role a hiring sentence offers.
  if (given && /^[\p{Ll}\d][\p{Ll}\d\s-]*$/u.test(given) && given.includes(' ')) {
    for (const e of entries.slice(0, 40)) {
      const obj = e.kind !== 'label' && e.text.length >= 20 ? hiringObject(e.text) : null;
      if (obj) return obj;
    }
  }
  // "Bando per il conferimento di n. 2 borse di studio per laureati": the role the notice offers.
  if (given && callLineRe.test(given)) {
    const offered = hiringObject(given);
    if (offered) return offered;
  }
  if (given && !notATitle(given)) {
    // "Job title: Cryogenics Operator" as the first line: its value.
    const own = splitLabel(given);
    if (own?.value && titleLabels.has(own.label) && !notATitle(own.value)) return own.value;
    // A title header below a generic first line ("Vacancy Notice" over "Position Title: ...").
    if (!namesRole(given)) {
      const labelled = findLabelledValue(entries, titleLabels, 30);
      if (labelled?.text && !notATitle(labelled.text) && labelled.text.length <= 200) return labelled.text;
      const restated = restatedTitle(entries, given);
      if (restated) return restated;
    }
    // A banner or a site's name ("... - Researchers in Motion") names at most a kind of people.
    if (!namesOneRole(given)) {
      const below = roleLineBelow(entries);
      if (below) return below;
    }
    // "Postdoctoral Scholars" over "President Harry S. Truman Fellowship in ...": a category.
    const ws = given.split(/\s+/);
    const next = entries[0];
    if (
      ws.length <= 3 &&
      /s$/i.test(given) &&
      next &&
      titleLike(next) &&
      namesRole(next.text) &&
      next.text.length > given.length
    )
      return next.text;
    return given;
  }
  const labelled = findLabelledValue(entries, titleLabels, 30);
  if (labelled?.text && !notATitle(labelled.text) && labelled.text.length <= 200) return labelled.text;
  const introduced = introducedTitle(entries);
  if (introduced) return introduced;
  if (given) {
    const rest = given.replace(/^[^:]{1,40}:\s*/, '');
    // "Fellowship ID: INFN-POSTDOC1 [#14750]": an advert number's value is no title either.
    const numbered = advertLabels.some((a) => given.toLowerCase().startsWith(a));
    if (rest !== given && !numbered && !notATitle(rest) && namesRole(rest)) return rest;
    // "Abruzzo: Bando per n. 3 assegni di ricerca - INFN": the role the call after the label offers.
    const offered = rest !== given && callLineRe.test(rest) ? hiringObject(rest) : null;
    if (offered) return offered;
  }
  const lead = leadingTitle(entries.find((e) => e.kind !== 'heading'));
  let seen = 0;
  let prev: Entry | null = null;
  for (const e of entries) {
    if (++seen > 40) break;
    // A role line of its own, not a bullet of requirements or duties, nor the value of a form's
    // field on the line above ("Researcher Profile" / "First Stage Researcher (R1)").
    const free = e.kind !== 'item' && (e.section === 'none' || e.section === 'description' || e.section === 'other');
    const fieldValue = prev !== null && prev.text.length <= 40 && formLabel(prev.text.toLowerCase());
    prev = e;
    if (free && !fieldValue && titleLike(e) && namesRole(e.text) && !objectRe.test(e.text)) return e.text;
    if (e.kind !== 'label' && e.text.length >= 20) {
      const obj = hiringObject(e.text);
      if (obj) return fullerName(obj, entries) ?? obj;
    }
    if (seen === 1 && lead) return lead;
  }
  return quotedTitle(entries);
}
