// The posting's eligibility criteria: the lines of an eligibility section, and lines elsewhere
// that state a criterion in any phrasing ("The candidate must hold...", "Applicants should
// have...", "Eligibility: ...", "non-Italian citizens", "under 30 years of age"). A criterion
// wrapped over several lines is one criterion, quoted whole, at its first line. Cheap tests
// first: most lines fail the first word test and never reach the longer expressions.
import type { Quote } from '../corpus/posting.ts';
import type { Entry } from '../corpus/role.ts';
import cues from './criteria-cues.json' with { type: 'json' };
import degreeCues from './degrees.json' with { type: 'json' };
import { compilePhrases } from './phrase-regex.ts';

const esc = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Whole words of a list, '*' allowing any ending; accents are folded before matching. The
 * alternatives are laid out as a trie (shared beginnings once), so a position that starts no
 * word is rejected at its first character; the expressions are only ever tested, never exec'd,
 * so the order of the alternatives does not matter.
 */
function wordsRe(words: string[]): RegExp {
  return new RegExp(`\\b(?:${trieSource(words)})\\b`, 'i');
}
interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
  star: boolean;
}
function trieSource(words: string[]): string {
  const root: TrieNode = { next: new Map(), end: false, star: false };
  for (const w of words) {
    const star = w.endsWith('*');
    let node = root;
    for (const ch of star ? w.slice(0, -1) : w) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), end: false, star: false };
        node.next.set(ch, child);
      }
      node = child;
    }
    if (star) node.star = true;
    else node.end = true;
  }
  const unit = (ch: string) => (ch === ' ' ? '\\s' : esc(ch));
  const render = (node: TrieNode): string => {
    const alts = [...node.next].map(([ch, child]) => unit(ch) + render(child));
    if (node.star) alts.push('\\w*');
    else if (node.end) alts.push('');
    if (alts.length === 1 && !node.end && !node.star) return alts[0] as string;
    return `(?:${alts.join('|')})`;
  };
  return [...root.next].map(([ch, child]) => unit(ch) + render(child)).join('|');
}
const subjectRe = wordsRe(cues.subject);
const demandWordRe = wordsRe(cues.demand);
const degreeDemandRe = wordsRe(cues.degreeDemand);
// A degree to hold, not one that names a programme or a post ("its PhD programme", "PhD students").
const degreeWordRe = new RegExp(
  `${wordsRe(cues.degreeWords).source}(?!\\s+(?:programmes?|programs?|students?|positions?|projects?|schools?|candidates?|thes[ie]s)\\b)`,
  'i',
);
/** A demand word, or a looser one ("essential", "mandatory") beside a degree; `t` accent-free. */
const demandRe = {
  test: (t: string) => demandWordRe.test(t) || (degreeDemandRe.test(t) && degreeWordRe.test(t)),
};
const jobTermRe = new RegExp(
  `^(?:${wordsRe(cues.jobTerms).source})|^(?:an?\\s)?[\\w-]+[- ](?:year|month)s?\\scontract\\b|\\b(?:gross|net) per (?:year|month|annum)\\b|\\b(?:renewable|extendable)\\b`,
  'i',
);
// A pay clause with its amount ("Monthly stipend of CHF 8,200 net.") under an eligibility heading.
const payRe = wordsRe(cues.payTerms);
const isPayClause = (t: string) => /\d/.test(t) && payRe.test(plain(t));
const personRe = /\b(?:you|applicants?|candidates?|must|should|hold|degree|nationals?|citizens?|age|phd)\b/i;
// "non-German citizens": a demonym after "non-".
const nonRe = /\bnon-[A-Z][a-z]+/;
const NON_ASCII = /[^\x00-\x7f]/;

/** Accent-free lower case, only when needed (most lines are ASCII). */
function plain(t: string): string {
  return NON_ASCII.test(t)
    ? t
        .normalize('NFD')
        .replace(/\p{M}+/gu, '')
        .replace(/[\u2018\u2019]/g, "'")
    : t;
}
// An address names no degree or nationality ("nu-phd@infn.example.it", ".../phd-call.html").
const ADDRESS = /[^\s<>()]+@[^\s<>()]+|\b(?:https?:\/\/|www\.)[^\s<>()]+/gi;
const withoutAddresses = (t: string) => (t.includes('@') || t.includes('/') ? t.replace(ADDRESS, ' ') : t);
const isSubject = (t0: string) => {
  const t = withoutAddresses(t0);
  return subjectRe.test(plain(t)) || nonRe.test(t);
};

// Sentences of a long paragraph: a full stop, then a capital; not after "Ph.D", "Dr", "e.g",
// "approx", "No" or a day number ("04. January").
const SENTENCE_END =
  /(?<=(?<!\b(?:Ph\.D|Dr|Prof|e\.g|i\.e|approx|No|Nr|St|Mr|Ms|Mrs|vs|etc|ca|[A-Z]|\d{1,2}))[.!?;])\s+(?=[A-Z(])/;
/(?<!\b(?:Ph\.D|Dr|Prof|e\.g|i\.e|approx|No|Nr|St|Mr|Ms|Mrs|vs|etc|ca|[A-Z]|\d{1,2}))[.!?;]\s+(?=[A-Z(])/;

const DEGREE_FIRST =
  /^(?:[-*•]\s*)?(?:ph\.?\s?d\.?|doctorate|m\.?sc\.?|b\.?sc\.?|master'?s?|bachelor'?s?|(?:university\s)?degree)\b/i;
// "PhD Position in ...", "Master Thesis on ...": a degree that names the post (a title), not one to hold.
const DEGREE_NAMES_POST =
  /^(?:[-*•]\s*)?(?:ph\.?\s?d\.?|doctorate|doctoral|m\.?sc\.?|master'?s?|bachelor'?s?)\s+(?:positions?|posts?|students?|studentships?|fellowships?|projects?|thes[ie]s|programmes?|programs?|scholarships?|candidates?|candidacy|opportunit(?:y|ies)|call|vacanc(?:y|ies)|researchers?|topics?|offers?)\b/i;
// A sentence about what to send is about documents, not the person.
const SENDING = /\b(?:send|submit|submitted|include|upload|attach|provide|combined into)\b/i;
const ENDS_SENTENCE = /[.;:!?)]\s*$/;
// A line that opens a list of criteria: "you must be:", "the following requirements:", "dei seguenti requisiti:".
// Its items are criteria whatever their words after an eligibility introduction; after a looser one
// ("you must:", "Requirements:") only those that name a criterion's subject.
const LIST_INTRO =
  /\b(?:eligib\w*|requirements?|requisit\w*|voraussetzung\w*|who can apply|you must(?: be)?|must be|you are either|necessari[oa]|exigences|ammissione|admission)\b[^:]{0,80}:\s*$/i;
const STRONG_INTRO =
  /\b(?:eligib\w*|requisit\w*|voraussetzung\w*|who can apply|you are either|ammissione|admission)\b/i;
const MAX_LISTED = 12;
// "No podrán ser solicitantes quienes cumplan cualquiera de las siguientes circunstancias:": the
// lines of the list it opens are exclusions; each is quoted after it, so the judge reads "not".
const barredIntroRe = compilePhrases(degreeCues.barredIntro);
/** How many lines after a "who may not apply:" line its list may run. */
const BARRED_LINES = 6;
const STARTS_LOWER = /^[a-z(]/;

/** Collects criteria while the posting's entries are read in order; `quotes()` at the end. */
export function createCriteria(): { add(e: Entry): void; quotes(): Quote[] } {
  const out: Quote[] = [];
  let last: { quote: Quote; endLine: number } | null = null;
  // The list a criteria line opens: its items are criteria whatever words they use.
  let list: { endLine: number; count: number; strong: boolean } | null = null;
  let barred: { intro: string; endLine: number; count: number } | null = null;
  const push = (text: string, line: number) => {
    const quote = { text, line };
    out.push(quote);
    last = { quote, endLine: line };
  };
  return {
    add(e: Entry): void {
      const t = e.text;
      // The rest of a wrapped criterion ("application, awarded at most 4 years before ...").
      if (
        last &&
        e.line === last.endLine + 1 &&
        e.kind === 'text' &&
        !ENDS_SENTENCE.test(last.quote.text) &&
        STARTS_LOWER.test(t) &&
        last.quote.text.length + t.length < 1200
      ) {
        last.quote.text = `${last.quote.text} ${t}`;
        last.endLine = e.line;
        return;
      }
      const sec = e.section;
      // A heading ends the list, even one that lost its markup ("PLAZO DE PRESENTACIÓN").
      if (
        barred &&
        (e.line > barred.endLine + 2 || e.kind === 'heading' || !/\p{Ll}/u.test(t) || barred.count >= BARRED_LINES)
      )
        barred = null;
      if (barred && e.kind !== 'label' && t.length <= 400) {
        barred.endLine = e.line;
        barred.count++;
        if (t.charCodeAt(t.length - 1) !== 58) {
          push(`${barred.intro} ${t}`, e.line);
          return;
        }
      }
      if (e.kind === 'text' && t.length <= 400 && t.charCodeAt(t.length - 1) === 58 && barredIntroRe.test(t)) {
        barred = { intro: t, endLine: e.line, count: 0 };
        list = null;
        return;
      }
      if (list && (e.kind !== 'item' || e.line > list.endLine + 2 || list.count >= MAX_LISTED)) list = null;
      if (e.kind === 'text' && t.length <= 300 && t.charCodeAt(t.length - 1) === 58 && LIST_INTRO.test(plain(t))) {
        list = { endLine: e.line, count: 0, strong: STRONG_INTRO.test(plain(t)) };
        // "you are either:" is kept: it makes its items alternatives.
        if (sec !== 'eligibility' && !/\beither\b|\bone of the following\b/i.test(t)) return;
        if (sec !== 'eligibility') {
          push(t, e.line);
          return;
        }
      }
      if (
        list &&
        e.kind === 'item' &&
        (sec === 'none' || sec === 'eligibility') &&
        t.length <= 400 &&
        (list.strong || isSubject(t))
      ) {
        list.endLine = e.line;
        list.count++;
        push(t, e.line);
        return;
      }
      if (sec === 'duties' || sec === 'location' || e.kind === 'heading') return;
      if (sec === 'documents' && t.length <= 400) return;
      if (sec === 'eligibility' && t.length <= 400) {
        if ((jobTermRe.test(t) || isPayClause(t)) && !personRe.test(t)) return;
        if (e.kind !== 'item' && !isSubject(t) && !demandRe.test(plain(t))) return;
        push(t, e.line);
        return;
      }
      if (/^(title|excerpt|summary)\s*:/i.test(t) || !isSubject(t)) return;
      if (t.length <= 400 && sec !== 'description') {
        // Prose outside any section ("GSI opens a PhD student position") states a criterion
        // only with a word that demands something of the candidate.
        // A short line that opens with a degree ("Ph.D. in applied mathematics") is a requirement.
        const opensWithDegree = t.length <= 200 && DEGREE_FIRST.test(t) && !DEGREE_NAMES_POST.test(t);
        if (!opensWithDegree && sec === 'none' && !demandRe.test(plain(t))) return;
        push(t, e.line);
        return;
      }
      // A long paragraph, or a description: its sentences that state a criterion.
      if (t.length > 5000) return;
      for (const s of t.split(SENTENCE_END)) {
        if (s.length >= 15 && s.length <= 400 && isSubject(s) && demandRe.test(plain(s)) && !SENDING.test(s))
          push(s.trim(), e.line);
      }
    },
    quotes: () => out,
  };
}
