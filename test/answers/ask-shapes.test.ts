// Questions in shapes the other tables lack (the round of 2026-12-03, own words): eligibility asked
// as chat ("am i ok for", "would i be accepted", facts beside a posting's name, lower-case
// nationalities, years with a skill), days named from today ("deadlines tomorrow", "was läuft
// morgen ab"), "what's new" narrowed by a field, a place or a skill, and a line quoted from a
// posting's prose cited with its file line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { askCase, type Case, checkCase } from './case-table.ts';
import { DESY, FINK, FNAL, GSI, INFN, K8S, SKAO, XROOTD } from './fixture-ids.ts';
import { askerOfTexts, useFixtureBrain } from './helpers.ts';

const cases: Record<string, Case> = {
  // ------------------------------------------------ Eligibility asked in chat words
  'e01: am i ok for the kubernetes job? italian, msc in cs, 5 yrs k8s': {
    text: 'am i ok for the kubernetes job? italian, msc in cs, 5 yrs k8s',
    first: K8S,
    verdict: 'unknown',
    criteria: [
      [/national/, 'met'],
      [/master/, 'met'],
      [/Kubernetes/, 'met'],
    ],
  },
  'e02: am i good for the dune job, american, bsc physics': {
    text: 'am i good for the dune job, american, bsc physics',
    first: FNAL,
    criteria: [
      [/authorized/, 'met'],
      [/Bachelor/, 'met'],
    ],
  },
  'e03: would i be accepted for the xrootd job, french, bachelor 2025, never worked at cern': {
    text: 'would i be accepted for the xrootd job, french, bachelor 2025, never worked at cern',
    first: XROOTD,
    criteria: [[/national/, 'met']],
  },
  'e04: got my phd in 2019, spanish. infn postdoc?': {
    text: 'got my phd in 2019, spanish. infn postdoc?',
    first: INFN,
    criteria: [
      [/EU/, 'met'],
      [/PhD/, 'met'],
    ],
  },
  'e05: 35 y/o canadian, phd. can i do the atlas ml postdoc': {
    text: '35 y/o canadian, phd. can i do the atlas ml postdoc',
    first: INFN,
    verdict: 'not_eligible',
    criteria: [[/EU/, 'not_met']],
  },
  'e06: does a polish phd holder qualify for the atlas postdoc': {
    text: 'does a polish phd holder qualify for the atlas postdoc',
    first: INFN,
    criteria: [
      [/EU/, 'met'],
      [/PhD/, 'met'],
    ],
  },
  'e07: born in 1990, greek citizen with phd, atlas postdoc?': {
    text: 'born in 1990, greek citizen with phd, atlas postdoc?',
    first: INFN,
    criteria: [
      [/EU/, 'met'],
      [/PhD/, 'met'],
    ],
  },
  "e08: i'm swiss, phd, 2 years k8s. kubernetes job?": {
    text: "i'm swiss, phd, 2 years k8s. kubernetes job?",
    first: K8S,
    verdict: 'not_eligible',
    criteria: [[/Kubernetes/, 'not_met']],
  },
  'e09: i also have 4 years of kubernetes (after an account)': {
    before: ["can i apply to the kubernetes job? im dutch with a master's in cs"],
    text: 'i also have 4 years of kubernetes',
    first: K8S,
    criteria: [[/Kubernetes/, 'met']],
  },
  'e10: eligible for the kubernetes job? chinese national with masters': {
    text: "eligible for the kubernetes job? chinese national with master's",
    first: K8S,
    verdict: 'not_eligible',
    criteria: [[/national/, 'not_met']],
  },
  'e11: could a turkish student apply to the xrootd one': {
    text: 'could a turkish student apply to the xrootd one',
    first: XROOTD,
  },
  'e12: CMS PPD job, at a CMS institute and full time at CERN, am I ok?': {
    text: "CMS PPD job, I'm at a CMS institute and can be at CERN full time, am I ok?",
    first: '000_',
    verdict: 'eligible',
  },
  'e13: the dune job, im not authorized to work in the us, am i okay': {
    text: 'the dune job, im not authorized to work in the us, am i okay',
    first: FNAL,
    verdict: 'not_eligible',
  },
  'e14: gsi phd? already hold a doctorate': {
    text: 'gsi phd? already hold a doctorate',
    first: GSI,
    verdict: 'not_eligible',
  },
  'e15: i live in the uk and have a work visa, skao job?': {
    text: 'i live in the uk and have a work visa, skao job?',
    first: SKAO,
    criteria: [[/right to work/, 'met']],
  },
  'e16: im japanese and need a visa, the dune job?': {
    text: 'im japanese and need a visa, the dune job?',
    first: FNAL,
    criteria: [[/authorized/, 'not_met']],
  },
  'e17: im italian, visa for the skao job? (a question of its own)': {
    text: 'im italian, visa for the skao job?',
    first: SKAO,
    says: [/visas or work permits/],
  },
  "e18: got a phd in cs and i'm dutch, kubernetes job possible?": {
    text: "got a phd in cs and i'm dutch, kubernetes job possible?",
    first: K8S,
    criteria: [[/national/, 'met']],
  },
  'e19: master in computer science, norwegian, dune job ok?': {
    text: 'master in computer science, norwegian, dune job ok?',
    first: FNAL,
    criteria: [[/Bachelor/, 'met']],
  },
  // ------------------------------------------------ Days named from today
  'd01: deadlines tomorrow': { now: '2026-12-02', text: 'deadlines tomorrow', first: DESY, exclude: [K8S, SKAO] },
  'd02: anything closing tomorrow?': {
    now: '2026-11-28',
    text: 'anything closing tomorrow?',
    first: SKAO,
    exclude: [FINK, DESY],
  },
  'd03: what closes tmrw': { now: '2026-11-29', text: 'what closes tmrw', first: FINK, exclude: [SKAO, DESY] },
  'd04: was läuft morgen ab': { now: '2026-12-02', text: 'was läuft morgen ab', first: DESY, exclude: [K8S] },
  "d05: qu'est-ce qui ferme demain": { now: '2026-12-02', text: "qu'est-ce qui ferme demain", first: DESY },
  'd06: cosa scade domani': { now: '2026-12-02', text: 'cosa scade domani', first: DESY, exclude: [K8S] },
  'd07: qué cierra mañana': { now: '2026-12-02', text: 'qué cierra mañana', first: DESY, exclude: [K8S] },
  'd08: what closes today': { now: '2026-12-03', text: 'what closes today', first: DESY, exclude: [K8S] },
  'd09: deadline day after tomorrow': {
    now: '2026-12-01',
    text: 'deadline day after tomorrow',
    first: DESY,
    exclude: [K8S],
  },
  'd10: what expires this weekend': {
    now: '2026-11-26',
    text: 'what expires this weekend',
    first: SKAO,
    exclude: [FINK, DESY],
  },
  'd11: anything due by tomorrow': {
    now: '2026-11-29',
    text: 'anything due by tomorrow',
    include: [SKAO, FINK],
    exclude: [DESY],
  },
  'd12: übermorgen fristen': { now: '2026-12-01', text: 'welche fristen enden übermorgen', first: DESY },
  'd13: deadlines after christmas': { text: 'deadlines after christmas', first: INFN, exclude: [SKAO, FNAL] },
  'd14: what closes after the 1st of december': {
    text: 'what closes after the 1st of december',
    include: [DESY, K8S, FNAL],
    exclude: [SKAO, FINK],
  },
  "d15: qu'est-ce qui ferme après le 10 décembre": {
    text: "qu'est-ce qui ferme après le 10 décembre",
    include: [FNAL, INFN],
    exclude: [DESY, K8S],
  },
  'd16: stellen die nach dem 20. dezember ablaufen': {
    text: 'stellen die nach dem 20. dezember ablaufen',
    include: [FNAL, INFN],
    exclude: [DESY, K8S],
  },
  'd17: list everything closing this weekend': {
    now: '2026-11-27',
    text: 'list everything closing this weekend',
    first: SKAO,
    exclude: [FINK, '001_'],
  },
  'd18: list all deadlines tomorrow': {
    now: '2026-12-02',
    text: 'list all deadlines tomorrow',
    first: DESY,
    exclude: [K8S],
  },
  // ------------------------------------------------ What's new, narrowed
  "n01: what's new in computing": {
    text: "what's new in computing",
    include: [FINK],
    exclude: [INFN, SKAO],
    says: [/software work/],
  },
  'n02: quoi de neuf en informatique': { text: 'quoi de neuf en informatique', include: [FINK], exclude: [INFN] },
  'n03: any new rust jobs': { text: 'any new rust jobs', include: [FINK], says: [/rust/i], never: [/Grid Operator/] },
  'n04: anything new in germany with python': {
    text: 'anything new in germany with python',
    include: [DESY],
    exclude: [FINK, SKAO],
    never: [/Rust DAQ/],
  },
  'n05: any new jobs at desy': { text: 'any new jobs at desy', include: [DESY], exclude: [FINK] },
  'n06: whats new': { text: 'whats new', first: FINK },
  // ------------------------------------------------ Sets, cues and comparisons in chat words
  'l01: what have you got': { text: 'what have you got', include: [K8S, SKAO] },
  'l02: list em all': { text: 'list em all', include: ['000_', GSI] },
  'l03: which ones have closed already': { text: 'which ones have closed already', include: [GSI], exclude: [SKAO] },
  'c01: usa jobs': { text: 'usa jobs', include: [FNAL], exclude: [K8S, SKAO] },
  'c02: uk positions': { text: 'uk positions', include: [SKAO], exclude: [FNAL] },
  'c03: us postdocs?': { text: 'any us jobs?', include: [FNAL], exclude: [SKAO] },
  'c04: ml jobs are no jobs in Mali': { text: 'ml jobs', include: [DESY], never: [/Mali/] },
  'k01: qual è il contratto più lungo': { text: 'qual è il contratto più lungo', first: K8S, says: [/longest/] },
  'k02: welcher vertrag ist am längsten': { text: 'welcher vertrag ist am längsten', first: K8S },
  'k03: welcher vertrag ist am kürzesten': { text: 'welcher vertrag ist am kürzesten', first: '004_' },
  'k04: quale contratto è il più corto': { text: 'quale contratto è il più corto', first: '004_' },
  'q01: how many days left for the skao job': {
    text: 'how many days left for the skao job',
    first: SKAO,
    says: [/7 days/],
  },
  'q02: time left for the fink job': {
    text: 'time left for the fink job?',
    first: FINK,
    says: [/30 November 2026/],
  },
  "q03: what's the salary range for the telescope job": {
    text: "what's the salary range for the telescope job",
    first: SKAO,
    says: [/48,000/, /56,000/],
  },
  'q04: what do they want me to send (follow-up)': {
    before: ['tell me about the kubernetes job'],
    text: 'what do they want me to send',
    first: K8S,
    says: [/reference letters/],
  },
  'q05: is the fink position 18 months': { text: 'is the fink position 18 months', first: FINK, says: [/18 months/] },
  'q06: can i still apply to the atlas ml postdoc': {
    text: 'can i still apply to the atlas ml postdoc',
    first: INFN,
    says: [/Applications: open, 54 days left/],
  },
  'q07: good jobs for a devops guy?': { text: 'good jobs for a devops guy?', include: [DESY], exclude: [INFN] },
  'q08: any job for an ml person in germany': {
    text: 'any job for an ml person in germany',
    first: DESY,
    exclude: [FINK, INFN],
  },
};

const fixtures = useFixtureBrain();

describe('questions in shapes the other tables lack', () => {
  for (const [name, c] of Object.entries(cases)) it(name, () => checkCase(c, askCase(fixtures.brain(), c)));
});

describe('a line of prose quoted with its file line', () => {
  const file = 'lakeview-pipeline-developer.txt';
  const text = readFileSync(new URL(`../fixtures/ask/${file}`, import.meta.url), 'utf8');
  const asker = askerOfTexts({ [file]: text }, { now: '2026-12-01' });
  const line = text.split('\n').findIndex((l) => l.includes('work from home')) + 1;

  it.each([
    'is the lakeview job remote',
    'can i work from home at lakeview',
    'any remote jobs',
    'homeoffice möglich bei lakeview?',
  ])('"%s" quotes the line and its number', (q) => {
    const r = asker.ask(q);
    expect(r.text).toContain('work from home');
    expect(r.text).toContain(`(line ${line})`);
  });

  it.each([
    ['phd in astronomy 2024, lakeview job?', 'met'],
    ["master's in computer science, 7 years of experience as a developer. lakeview?", 'met'],
    ['bachelor in history. am i ok for lakeview', 'not_met'],
  ])('either way in: "%s" is %s', (q, status) => {
    const r = asker.ask(q);
    expect(r.eligibility?.criteria.find((c) => /PhD in astronomy/.test(c.text))?.status).toBe(status);
  });
});

describe('a programme, a hypothetical student and a faculty search (own fixtures)', () => {
  const names = ['nordlys-student-programme.txt', 'tarn-faculty-search.txt'];
  const texts = Object.fromEntries(
    names.map((n) => [n, readFileSync(new URL(`../fixtures/ask/${n}`, import.meta.url), 'utf8')]),
  );
  const asker = askerOfTexts(texts, { now: '2026-12-01' });

  it.each([
    'can a phd student apply to the nordlys summer student programme',
    'could a doctoral student apply for the nordlys programme?',
  ])('"%s": a PhD student is not a bachelor or master student', (q) => {
    const r = asker.ask(q);
    expect(r.postings[0]?.source.file).toBe(names[0]);
    expect(r.eligibility?.verdict).toBe('not_eligible');
  });

  it.each([
    "i'm american and study in the us, nordlys summer programme?",
    'im japanese, master student in tokyo, nordlys programme?',
  ])('"%s": the programme is named after the account', (q) => {
    const r = asker.ask(q);
    expect(r.postings[0]?.source.file).toBe(names[0]);
    expect(r.eligibility?.verdict).toBe('not_eligible');
  });

  it.each(['who do I ask about the tarn faculty position?', 'who do i contact about the tarn faculty appointment'])(
    '"%s" asks for the contact, not eligibility',
    (q) => {
      const r = asker.ask(q);
      expect(r.eligibility).toBeUndefined();
      expect(r.text).toContain('nuclear-search@tarn.example.edu');
    },
  );
});
