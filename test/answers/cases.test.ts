// Answer quality, eval style: each case is a question (and, for follow-ups, the messages before
// it in the same conversation), a clock and what a good reply holds. The corpus is the seeds plus
// test/fixtures/answers. Replies go through createBrain and the same JSON as `positions ask --json`;
// the last test checks that runCli itself answers the same.
import { describe, expect, it } from 'vitest';
import { runCaptured } from '../cli/run-captured.ts';
import { askCase, type Case, checkCase } from './case-table.ts';
import { DESY, DIRAC, DQM, ESRF, FINK, FNAL, GSI, INFN, K8S, PPD, SKAO, SUPPORT, XROOTD } from './fixture-ids.ts';
import { type JsonReply, NOW, useFixtureBrain } from './helpers.ts';

const NO_MATCH = /no (matching )?(position|posting)|not find|couldn.t find|nothing/i;

const cases: Record<string, Case> = {
  // ---------------------------------------------------------------- help and small talk
  help: { text: 'help', says: [/deadline/, /eligib/, /show <posting>/], count: 0 },
  'empty message': { text: '   ', says: [/I answer questions about 17 research job postings/] },
  'what can you do': { text: 'what can you do?', says: [/deadlines \[N days\]/] },
  'slash prefix': { text: '/positions help', says: [/search <words>/] },
  hello: { text: 'hi there', says: [/Hello!/, /17 research job postings/] },
  thanks: { text: 'thanks!', says: [/welcome/] },
  'help examples use real title words': { text: 'help', never: [/kubernete\b/] },

  // ---------------------------------------------------------------- list
  'list hides closed': {
    text: 'list',
    include: [SKAO, FINK, K8S, DQM, ESRF],
    exclude: [GSI, PPD],
    count: 15,
    says: [/2 closed postings are not shown/],
  },
  'list all': { text: 'list all', count: 17, include: [GSI, PPD] },
  'list closed': { text: 'list closed', count: 2, order: [GSI, PPD] },
  // ESRF states no deadline but is "open until filled": open, after the dated ones.
  'list open': { text: 'list open', count: 9, include: [ESRF], exclude: [DQM, GSI], first: SKAO },
  'open in 2020': { text: 'which positions are open?', now: '2020-01-15', include: [PPD, GSI], exclude: [DQM] },
  'list the DQM positions': { text: 'list the DQM positions', count: 3, include: [DQM], exclude: [PPD, DIRAC] },
  'list open Belle II jobs': { text: 'list open Belle II jobs', count: 2, include: [DESY] },
  'how many open positions': { text: 'how many positions are open?', count: 9 },
  'open ones in December': {
    text: 'list open',
    now: '2026-12-04',
    include: [K8S, FNAL, INFN],
    exclude: [SKAO, FINK, DESY],
  },

  // ---------------------------------------------------------------- show
  'show by title words': {
    text: 'show kubernetes platform engineer',
    first: K8S,
    count: 1,
    says: [/CHF 8,200 per month, net/, /Marta Keller/, /Source: cern-kubernetes-platform\.md, line 1/],
  },
  'show by experiment': { text: 'show CBM', first: GSI, count: 1, says: [/closed/] },
  'show by organisation': { text: 'show the Fermilab job', first: FNAL, count: 1 },
  'show DUNE': { text: 'show DUNE', first: FNAL, count: 1 },
  'show with a typo (alignmnet)': { text: 'show alignmnet', first: PPD, count: 1 },
  'show with a typo (kubernets)': { text: 'show kubernets', first: K8S, count: 1 },
  'show with two typos': { text: 'show alignmnet calibraton', first: PPD, count: 1 },
  'show by id': { text: 'show kubernetes-platform-engineer-cern-it-d8ce', first: K8S, count: 1 },
  'show DQM is a tie': {
    text: 'show DQM',
    count: 3,
    include: [DQM],
    says: [/3 postings match 'DQM' equally well; which one do you mean\?/, /say 'show /],
  },
  'show Belle II is a tie': { text: 'show Belle II', count: 2, include: [DESY], says: [/which one do you mean/] },
  'the deadline of a tie does not guess': {
    text: 'when is the deadline for the Belle II job?',
    count: 2,
    says: [/which one do you mean/],
  },
  'show nothing known': {
    text: 'show quantum basket weaving',
    count: 0,
    says: [NO_MATCH, /list all/],
  },
  'tell me about': { text: 'tell me about the telescope control job', first: SKAO, says: [/Jodrell Bank/] },
  'a posting with no deadline, open until filled': {
    text: 'show the ESRF beamline job',
    first: ESRF,
    says: [/Status: open, applications accepted at any time/, /Deadline: none stated/],
  },

  // ---------------------------------------------------------------- search
  'search tango': {
    text: 'search tango',
    count: 2,
    include: [SKAO, ESRF],
    says: [/Tango controls framework/],
  },
  'search grid transfers': { text: 'search grid transfers', first: DESY, says: [/Belle II Grid Operator/, /grid/i] },
  'search without words': { text: 'search', count: 0, says: [/search <words>/] },
  'search for a word nobody uses': { text: 'search zeppelin', count: 0, says: [NO_MATCH] },

  // ---------------------------------------------------------------- deadlines
  'upcoming deadlines': {
    text: 'upcoming deadlines',
    count: 8,
    order: [SKAO, FINK, DESY, K8S, FNAL, INFN],
    exclude: [GSI, PPD, ESRF],
    says: [/7 days left, deadline 29 November 2026 \(2026-11-29\)/],
  },
  'deadlines 10 days': { text: 'deadlines 10 days', count: 2, order: [SKAO, FINK] },
  'deadlines 14 (the day itself counts)': { text: 'deadlines 14', count: 6, include: [K8S] },
  'deadlines this week': { text: 'deadlines this week', count: 1, first: SKAO },
  'deadlines in the next N days': { text: 'deadlines in the next 10 days', count: 2, order: [SKAO, FINK] },
  'deadlines filtered by words': { text: 'deadlines belle', count: 2, include: [DESY], exclude: [SKAO, FINK] },
  'closes in the next two weeks': {
    text: 'what closes in the next two weeks?',
    count: 6,
    first: SKAO,
    exclude: [FNAL, DIRAC],
  },
  'python jobs closing soon': {
    text: 'which Python jobs close in the next 2 weeks?',
    count: 3,
    include: [SKAO, DESY],
    exclude: [FINK, K8S],
  },
  'upcoming after some closed': {
    text: 'upcoming deadlines',
    now: '2026-12-04',
    first: K8S,
    exclude: [DESY, SKAO],
  },
  'deadlines nothing left': {
    text: 'deadlines 3 days',
    count: 0,
    says: [/No open posting has a deadline in the next 3 days/],
  },
  'the last day': {
    text: 'is the telescope control job still open?',
    now: '2026-11-29',
    first: SKAO,
    says: [/last day today/],
  },

  // ---------------------------------------------------------------- commands
  'skills command': { text: 'skills belle ii rust', first: DESY, says: [/good knowledge of Rust/, /line 2/] },
  'contact command': { text: 'contact fermilab', first: FNAL, says: [/dune-dm-jobs@fnal\.example\.gov/] },
  'skills without a posting': { text: 'skills', count: 0, says: [/skills <posting>/] },
  'eligible command asks for what is missing': {
    text: 'eligible kubernetes',
    first: K8S,
    verdict: 'unknown',
    says: [/To decide, tell me: your nationality; your highest degree; years of professional experience/],
  },
  'eligible command with facts': {
    text: "eligible kubernetes I am Italian with a master's, 5 years of experience, and I can be at CERN full time",
    first: K8S,
    verdict: 'eligible',
    criteria: [
      [/national of a CERN Member State/, 'met'],
      [/master's degree/, 'met'],
      [/3 years/, 'met'],
      [/presence at CERN/, 'met'],
    ],
  },
  'list with an odd argument': { text: 'list ((((', count: 15 },

  // ---------------------------------------------------------------- skills, free form
  'which need C++': {
    text: 'which positions need C++?',
    include: [INFN, GSI, PPD, DQM, SUPPORT],
    exclude: [FNAL, SKAO, K8S, DIRAC],
  },
  'which ask for Go': {
    text: 'which positions ask for Go?',
    count: 3,
    include: [K8S, FNAL, XROOTD],
    exclude: [PPD, DIRAC, DESY],
    says: [/Go in the duties: "Write controllers and operators in Go"/, /Go required: "Experience with Go and Python"/],
  },
  'go the verb': {
    text: 'I want to go to CERN, which jobs are there?',
    include: [K8S, XROOTD],
    exclude: [FNAL, DESY, FINK],
    never: [/asking for Go/, /'go/i],
  },
  'which use Rust': { text: 'which jobs use Rust?', include: [DESY, FINK], exclude: [FNAL, K8S] },
  'any Kubernetes jobs': { text: 'any Kubernetes jobs?', include: [K8S, SKAO, XROOTD], exclude: [FINK] },
  'machine learning': {
    text: 'which positions involve machine learning?',
    include: [DQM, INFN, DESY],
    exclude: [DIRAC],
  },
  'what does X need to know': {
    text: 'what does the Belle II Rust developer need to know?',
    first: DESY,
    count: 1,
    says: [/good knowledge of Rust/, /experience with Linux/],
  },
  'skills of one posting': { text: 'what skills does the fink job require?', first: FINK, says: [/Rust/, /Kafka/] },

  // ---------------------------------------------------------------- deadline of one posting
  'deadline for X': {
    text: 'when is the deadline for the Fink job?',
    first: FINK,
    says: [/30 November 2026/, /8 days from now/, /line 6/],
  },
  'when do applications close': {
    text: 'when do applications close for the Fermilab position?',
    first: FNAL,
    says: [/2026-12-23/],
  },
  'deadline of a posting without one': {
    text: 'deadline for the ESRF job',
    first: ESRF,
    says: [/states no application deadline/],
  },
  'deadline of a posting we do not have': {
    text: 'what is the deadline for the quantum computing job?',
    count: 0,
    says: [NO_MATCH],
  },
  'deadline long ago': {
    text: 'deadline for the CMS PPD alignment and calibration position',
    first: PPD,
    says: [/30 January 2020/, /more than 6 years ago/],
    never: [/\d{4} days ago/],
  },

  // ---------------------------------------------------------------- contact
  'who do I contact': {
    text: 'who do I contact about the Fink broker?',
    first: FINK,
    says: [/fink-jobs@ijclab\.example\.fr/],
  },
  'send my CV to': {
    text: 'who should I send my CV to for the kubernetes job?',
    first: K8S,
    says: [/Marta Keller <k8s-jobs@cern\.example\.ch>/, /line 31/],
  },
  'email for': { text: 'email for the CBM position', first: GSI, says: [/j\.becker@gsi\.example\.de/] },
  'no contact named': { text: 'who is the contact for the XRootD job?', first: XROOTD, says: [/names no contact/] },
  'contact ppd (eval sample)': {
    text: 'who should I send my CV to for the AlCa-DB operations job?',
    first: PPD,
    says: [/kirsti\.aspola/],
  },

  // ---------------------------------------------------------------- duration
  'how long (months)': {
    text: 'how long is the contract for the ATLAS trigger postdoc?',
    first: INFN,
    says: [/2 years \(24 months\)/, /renewable/],
  },
  'how long (18 months)': { text: 'how long is the Fink contract?', first: FINK, says: [/18 months/] },
  permanent: {
    text: 'is the telescope control job permanent?',
    first: SKAO,
    says: [/permanent \(no fixed end date\)/],
    never: [/as the posting says/],
  },
  'contract duration': { text: 'what is the contract duration of the CBM PhD?', first: GSI, says: [/3 years/] },

  // ---------------------------------------------------------------- location
  'where is it based': {
    text: 'where is the telescope control job based?',
    first: SKAO,
    says: [/Jodrell Bank, Macclesfield, United Kingdom/, /line 7/],
  },
  'where is X': { text: 'where is the Fink job?', first: FINK, says: [/Orsay/] },
  'in France': { text: 'which positions are in France?', count: 3, include: [FINK, DIRAC, ESRF], exclude: [K8S, INFN] },
  'in Italy': { text: 'any jobs in Italy?', count: 1, first: INFN },
  'in Switzerland': { text: 'jobs in Switzerland', first: K8S, exclude: [FINK] },
  'in the United States': { text: 'positions in the United States', count: 1, first: FNAL },
  'in Germany, from the text when no location is stated': {
    text: 'which positions are in Germany?',
    count: 4,
    include: [GSI, DESY],
    exclude: [K8S, FNAL],
  },
  'anything in a country': {
    text: 'is there anything in Germany?',
    count: 4,
    include: [GSI, DESY],
    never: [/which one/],
  },
  'a nationality rule does not place a job': {
    text: 'which positions are in the United Kingdom?',
    count: 1,
    first: SKAO,
  },
  'show by file name': { text: 'show 003_f49313c1d36ab8ac.txt', first: XROOTD, count: 1, says: [/Duties:/] },
  'show by file name without extension': { text: 'show esrf-beamline-plain', first: ESRF, count: 1 },
  'a file of three postings is a choice': {
    text: 'show 001_205b26aa00b435d6.txt',
    count: 3,
    include: [DQM],
    says: [/3 postings come from 001_205b26aa00b435d6\.txt; which one do you mean\?/],
  },
  'a typo of a command word': { text: 'contcat kubernetes', first: K8S, says: [/Marta Keller/], never: [/Duties:/] },
  'a typo of deadlines': { text: 'deadlnes', says: [/Upcoming deadlines/] },
  'a spaced dash ends the clause about the asker': {
    text: "I'm a master's student in Belle II - am I eligible for the kubernetes job?",
    first: K8S,
    count: 1,
  },
  'positions at CERN is a question, not a command prefix': {
    text: 'positions at CERN',
    include: [K8S, XROOTD],
    exclude: [FNAL, DESY],
    // By organisation and site, not any mention of CERN.
    says: [/postings at CERN/],
  },
  'where do I go to apply': {
    text: 'where do I go to apply for the DUNE job?',
    first: FNAL,
    says: [/Send your application to/, /dune-dm-jobs@fnal\.example\.gov/],
  },
  'how do I apply': { text: 'how do I apply for the kubernetes job?', first: K8S, says: [/Documents/, /cover letter/] },

  // ---------------------------------------------------------------- documents
  'documents for X': {
    text: 'what documents do I need for the INFN position?',
    first: INFN,
    says: [/publication list/, /reference letters/, /line 18/],
  },
  'what should I send': { text: 'what should I send for the kubernetes job?', first: K8S, says: [/A cover letter/] },
  'no documents listed': { text: 'which documents does the Fink job want?', first: FINK, says: [/lists no documents/] },

  // ---------------------------------------------------------------- status
  'still open (closed)': {
    text: 'is the CBM position still open?',
    first: GSI,
    says: [/^No, .* is closed/, /1 October 2026/],
  },
  'still open (open)': {
    text: 'is the Fink job still open?',
    first: FINK,
    says: [/^Yes, .* is still open: 8 days left/],
    never: [/still open: open/],
  },
  'still open (until filled)': {
    text: 'is the ESRF job still open?',
    first: ESRF,
    says: [/still open: applications accepted at any time/],
  },
  'closed later': { text: 'is the ATLAS ML postdoc still open?', now: '2027-01-20', first: INFN, says: [/closed/] },

  // ---------------------------------------------------------------- salary
  'salary EUR': { text: 'what is the salary of the ESRF job?', first: ESRF, says: [/EUR 3,900 per month, gross/] },
  'salary USD': { text: 'how much does the Fermilab job pay?', first: FNAL, says: [/USD 95,000 to 120,000 per year/] },
  'salary CHF': { text: 'what does the kubernetes engineer earn?', first: K8S, says: [/CHF 8,200 per month, net/] },
  'salary GBP': {
    text: 'salary of the telescope control engineer',
    first: SKAO,
    says: [/GBP 48,000 to 56,000 per year/, /line 20/],
  },
  'salary EUR range (seed)': {
    text: 'what does the CTA-DIRAC engineer position pay?',
    first: DIRAC,
    says: [/1,978/, /2,517/],
  },
  'no salary stated': { text: 'how much does the Fink job pay?', first: FINK, says: [/does not state a salary/] },
  'salaries of all': {
    text: 'what are the salaries?',
    include: [K8S, FNAL, ESRF, SKAO, INFN, DIRAC],
    exclude: [FINK, DQM],
  },

  // ---------------------------------------------------------------- start dates
  'start range in months': {
    text: 'when does the CTA DIRAC job start?',
    first: DIRAC,
    says: [/between May 2021 and September 2021/],
  },
  'start on a day': { text: 'when does the kubernetes job start?', first: K8S, says: [/1 February 2027/] },
  'start in a month': { text: 'when would I start at Fermilab?', first: FNAL, says: [/in January 2027/] },
  'start between two days': {
    text: 'when does the ATLAS ML postdoc start?',
    first: INFN,
    says: [/starts between 1 March 2027 .*and 1 June 2027/],
  },

  // ---------------------------------------------------------------- workload
  'workload FTE': { text: 'what is the workload of the Fink job?', first: FINK, says: [/part time: 0\.8 FTE/] },
  'part time?': { text: 'is the GSI job part time?', first: GSI, says: [/0\.65 FTE/, /65% of full time/] },
  'full time?': { text: 'is the Fermilab job full time?', first: FNAL, says: [/full time \(1 FTE\)/] },
  'hours (seed)': { text: 'how many hours is the analysis support role?', first: SUPPORT, says: [/0\.5 FTE/] },

  // ---------------------------------------------------------------- eligibility
  'eligibility, nothing said': {
    text: 'am I eligible for the kubernetes job?',
    first: K8S,
    verdict: 'unknown',
    criteria: [
      [/national/, 'unknown'],
      [/master's/, 'unknown'],
      [/3 years/, 'unknown'],
      [/presence/, 'unknown'],
    ],
    says: [/To decide, tell me: your nationality/, /line 16/],
  },
  'eligibility, one thing missing': {
    text: "am I eligible for the kubernetes job? I'm Italian with a master's and 5 years of experience",
    first: K8S,
    verdict: 'unknown',
    criteria: [
      [/national/, 'met'],
      [/master's/, 'met'],
      [/3 years/, 'met'],
      [/presence/, 'unknown'],
    ],
    says: [/To decide, tell me: whether you can be present at CERN full time\./],
  },
  'eligibility follow-up completes it': {
    before: ['am I eligible for the kubernetes job?', "I'm Italian with a master's and 5 years of experience"],
    text: 'I can be at CERN full time',
    first: K8S,
    verdict: 'eligible',
  },
  'eligibility switches posting with "and the X one?"': {
    before: ['am I eligible for the kubernetes job?', "I'm Italian with a master's and 5 years of experience"],
    text: 'and the DIRAC one?',
    first: DIRAC,
    verdict: 'eligible',
  },
  'switching to a posting without criteria': {
    before: ["am I eligible for the kubernetes job? I'm Italian with a master's"],
    text: 'and the Fink one?',
    first: FINK,
    verdict: 'unknown',
    says: [/states no eligibility criteria/, /ask its contact \(fink-jobs@ijclab\.example\.fr\)/],
    never: [/tell me: the posting/],
  },
  'a follow-up fact that is not met': {
    before: ['am I eligible for the kubernetes job?'],
    text: "I'm American",
    first: K8S,
    verdict: 'not_eligible',
    criteria: [[/national/, 'not_met']],
  },
  'right to work met': {
    text: 'can I apply for the telescope control job? I have the right to work in the UK and a BSc',
    first: SKAO,
    verdict: 'eligible',
  },
  'right to work not met': {
    text: "can I apply to the telescope control job? I don't have the right to work in the UK",
    first: SKAO,
    verdict: 'not_eligible',
    criteria: [[/right to work/, 'not_met']],
  },
  'no PhD allowed': {
    text: 'am I eligible for the CBM PhD position? I already have a PhD',
    first: GSI,
    verdict: 'not_eligible',
    criteria: [[/must not hold a PhD/, 'not_met']],
  },
  'the posting title says nothing about the asker': {
    text: "am I eligible for the CBM PhD position? I have a master's in physics",
    first: GSI,
    criteria: [[/must not hold a PhD/, 'met']],
    never: [/you said you have a PhD/],
  },
  'master holder for the PhD student position': {
    text: "am I eligible for the CBM PhD position? I have a master's in physics",
    first: GSI,
    verdict: 'eligible',
  },
  'graduate with a PhD (seed)': {
    text: 'am I eligible for the XRootD monitoring graduate position? I have a PhD.',
    first: XROOTD,
    verdict: 'not_eligible',
  },
  'graduate, every criterion': {
    text: "eligible xrootd I'm Italian with a master's, 1 year of experience, never had a CERN contract",
    first: XROOTD,
    verdict: 'eligible',
  },
  'EU nationality': {
    text: "am I eligible for the INFN ML postdoc? I'm Norwegian with a PhD",
    first: INFN,
    criteria: [[/EU Member State/, 'not_met']],
  },
  'an ATLAS institute, spoken': {
    text: "am I eligible for the INFN ML postdoc? I'm French with a PhD",
    first: INFN,
    says: [/affiliated to an ATLAS institute/],
  },
  'affiliation rule': {
    text: "am I eligible for the INFN ML postdoc? I'm French with a PhD and I'm affiliated with ATLAS",
    first: INFN,
    verdict: 'eligible',
  },
  'authorised to work (US)': {
    text: "can I apply to the Fermilab job? I'm not authorized to work in the US",
    first: FNAL,
    verdict: 'not_eligible',
  },
  'which am I eligible for': {
    text: "which positions am I eligible for? I'm German with a PhD",
    include: [DIRAC, XROOTD, GSI, FINK],
    first: DIRAC,
    says: [/no eligibility criteria stated: ask its contact/, /not eligible: /],
    never: [/need the posting states/, /need to check yourself/],
  },
  'which am I eligible for: check yourself': {
    text: 'which positions am I eligible for? I am not affiliated with any CMS institute',
    include: [PPD],
    says: [/M&O Cat\.A open position in the CMS PPD Group — not eligible/],
  },
  'eligibility of a posting we do not have': {
    text: 'am I eligible for the astronaut job?',
    count: 0,
    says: [NO_MATCH],
  },
};

const fixtures = useFixtureBrain();

function ask(c: Case): JsonReply {
  return askCase(fixtures.brain(), c);
}

const check = checkCase;

describe('answer cases', () => {
  for (const [name, c] of Object.entries(cases)) {
    if (c.gap) {
      // A known gap elsewhere: when it is fixed this test fails, and the case can lose its `gap`.
      it.fails(`${name} [known gap: ${c.gap}]`, () => check(c, ask(c)));
    } else {
      it(name, () => check(c, ask(c)));
    }
  }

  it('has many cases, a few of them known gaps', () => {
    const all = Object.values(cases);
    expect(all.length).toBeGreaterThanOrEqual(80);
    expect(all.filter((c) => c.gap).length).toBeLessThan(all.length / 10);
  });

  it('answers the same through `positions ask --json`', async () => {
    const sample = ['which positions ask for Go?', 'show DQM', 'eligible kubernetes I am Italian', 'deadlines 10 days'];
    for (const text of sample) {
      const { code, out } = await runCaptured([
        'ask',
        '--json',
        '--now',
        NOW,
        '--corpus',
        fixtures.dir(),
        '--',
        ...text.split(' '),
      ]);
      expect(code).toBe(0);
      expect(JSON.parse(out)).toEqual(ask({ text }));
    }
  });
});
