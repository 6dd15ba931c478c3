// The posting's eligibility criteria: the lines of an eligibility section, and lines elsewhere
// that state a criterion in any phrasing ("The candidate must hold...", "Applicants should
// have...", "Eligibility: ...", "non-Italian citizens", "under 30 years of age"). A criterion
// wrapped over several lines is one criterion, quoted whole, at its first line. Cheap tests
// first: most lines fail the first word test and never reach the longer expressions.
import type { Quote } from '../corpus/posting.ts';
import type { Entry } from '../corpus/role.ts';

const eligibilityRe =
  /\b(nationality|nationals|national of|citizen(?:s|ship)?|member states?|right to work|work permit|authori[sz]ed to work|authori[sz]ation to work|eligible to work|visa|degree|phd|ph\.d|doctorate|master'?s|bachelor'?s|msc|bsc|diploma|qualification|years? of (?:professional |relevant |research |post-?doctoral )?experience|since graduation|graduat(?:ed|ion)|never had|never held|contract before|previous(?:ly)? (?:held|employed)|postdoctoral (?:appointment|position|experience)|affiliat(?:ion|ed)|presence at|present on site|on[- ]site|100% presence|enrolled|enrolment|enrollment|age limit|under the age|years of age|years old|age of|lived in|resided in|resident in|residence in|non-[A-Z][a-z]+)\b/i;

const requirementRe =
  /\b(must|should|required|requires?|requirements?|need(?:s|ed)?|eligib\w*|open to|only|hold|holding|have|having|candidates?|applicants?|you|not|no)\b/i;

// Job terms in a "Conditions" section: the job's, not the person's.
const jobTermRe =
  /^(?:salary|stipend|starting date|start(?:ing)? date|start|duration|contract|working hours|benefits|location|place of work|remuneration|(?:an? )?(?:one|two|three|four|five|\d)[- ]year contract|(?:best|kind) regards|dear|sincerely)\b|\b(?:gross|net) per (?:year|month|annum)\b/i;
const personRe = /\b(?:you|applicants?|candidates?|must|should|hold|degree|nationals?|citizens?|age|phd)\b/i;

const ENDS_SENTENCE = /[.;:!?)]\s*$/;
const STARTS_LOWER = /^[a-z(]/;

/** Collects criteria while the posting's entries are read in order; `quotes()` at the end. */
export function createCriteria(): { add(e: Entry): void; quotes(): Quote[] } {
  const out: Quote[] = [];
  let last: { quote: Quote; endLine: number } | null = null;
  return {
    add(e: Entry): void {
      const t = e.text;
      // The rest of a wrapped criterion ("application, awarded at most 4 years before ...").
      if (
        last &&
        e.line === last.endLine + 1 &&
        e.kind !== 'heading' &&
        e.kind !== 'label' &&
        !ENDS_SENTENCE.test(last.quote.text) &&
        STARTS_LOWER.test(t) &&
        last.quote.text.length + t.length < 1200
      ) {
        last.quote.text = `${last.quote.text} ${t}`;
        last.endLine = e.line;
        return;
      }
      const sec = e.section;
      if (sec === 'eligibility') {
        if (e.kind === 'heading') return;
        if (jobTermRe.test(t) && !personRe.test(t)) return;
        if (e.kind !== 'item' && !eligibilityRe.test(t) && !requirementRe.test(t)) return;
      } else if (
        sec === 'duties' ||
        sec === 'description' ||
        sec === 'documents' ||
        sec === 'location' ||
        t.length > 400 ||
        !eligibilityRe.test(t) ||
        // Prose outside any section ("GSI opens a PhD student position") states a criterion
        // only with a word that demands something of the candidate.
        (sec === 'none' && !requirementRe.test(t)) ||
        /^(title|excerpt|summary)\s*:/i.test(t)
      ) {
        return;
      }
      const quote = { text: t, line: e.line };
      out.push(quote);
      last = { quote, endLine: e.line };
    },
    quotes: () => out,
  };
}
