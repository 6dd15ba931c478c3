import { beforeAll, describe, expect, it } from 'vitest';
import { type Corpus, loadCorpus } from '../../src/corpus/load-corpus.ts';
import type { Posting } from '../../src/corpus/posting.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus(new URL('../../seeds', import.meta.url).pathname);
});

const inFile = (prefix: string): Posting[] => corpus.postings.filter((p) => p.source.file.startsWith(prefix));
const one = (prefix: string): Posting => {
  const [p] = inFile(prefix);
  if (!p) throw new Error(`no posting in ${prefix}`);
  return p;
};
const texts = (qs: Array<{ text: string }>) => qs.map((q) => q.text);

describe('the seed corpus', () => {
  it('loads every role of the five seeds with no warning', () => {
    expect(corpus.warnings).toEqual([]);
    expect(corpus.files.map((f) => [f.file.slice(0, 3), f.format, f.postings.length])).toEqual([
      ['000', 'front-matter', 1],
      ['001', 'twiki-table', 3],
      ['002', 'markdown', 1],
      ['003', 'plain-text', 1],
      ['004', 'note', 1],
    ]);
  });

  it('gives every posting a unique, short, typable id', () => {
    const ids = corpus.postings.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]{3,60}$/);
  });

  it('states no deadline that the seeds do not state', () => {
    const withDeadline = corpus.postings.filter((p) => p.deadline).map((p) => p.source.file.slice(0, 3));
    expect(withDeadline).toEqual(['000']);
  });
});

describe('000: CMS PPD M&O Cat. A post (front matter)', () => {
  it('has its title, deadline, start and contact', () => {
    const p = one('000');
    expect(p.title).toBe('M&O Cat.A open position in the CMS PPD Group');
    expect(p.deadline?.date).toBe('2020-01-30');
    expect(p.deadline?.line).toBe(10);
    expect(p.start?.from).toBe('2020-03-01');
    expect(p.contacts.map((c) => c.email)).toEqual(['kirsti.aspola@cern.ch']);
    expect(p.experiment).toBe('CMS');
    expect(p.source).toEqual({ file: '000_7724fd21a87cbe72.txt', line: 1 });
  });
  it('keeps the presence and affiliation criteria and a one-year contract', () => {
    const p = one('000');
    expect(texts(p.eligibility)).toEqual(['100% presence at CERN required', 'affiliation to a CMS institute required']);
    expect(p.duration?.months).toBe(12);
    expect(p.skills).toEqual(
      expect.arrayContaining(['Python', 'C++', 'Flask', 'CherryPy', 'jQuery', 'SQL', 'SQLAlchemy']),
    );
    expect(p.requiredSkills.flatMap((s) => s.skills)).toEqual(expect.arrayContaining(['Python', 'C++']));
    expect(p.links).toContain('https://twiki.cern.ch/twiki/bin/view/CMS/PPDJobs');
  });
});

describe('001: the TWiki table of three DQM roles', () => {
  it('finds the three roles, each at its own row', () => {
    expect(inFile('001').map((p) => [p.title, p.source.line])).toEqual([
      ['DQM Online Shift Manager', 13],
      ['Online DQM Operation Manager', 14],
      ['Offline DQM ML infrastructure developer', 17],
    ]);
  });
  it('merges the row continued across the page break into the right duties and skills', () => {
    const [shift, online, offline] = inFile('001') as [Posting, Posting, Posting];
    expect(texts(shift.duties)).toContain('organize online DQM shifts');
    expect(texts(online.duties)).toContain('deployment of new CMSSW releases in DQM machines');
    expect(texts(online.duties)).toContain('PR integration and test in playback');
    expect(texts(online.duties)).not.toContain('organize online DQM shifts');
    expect(texts(online.requiredSkills)).toContain(
      'Good (demonstrated) knowledge of the DQM software infrastructure or good knowledge of bash/C++',
    );
    expect(online.skills).toEqual(expect.arrayContaining(['bash', 'C++', 'GitHub']));
    expect(texts(offline.duties)).toHaveLength(3);
    expect(offline.duties[1]?.text).toMatch(
      /^implement a general ML-based DQM framework .* provide a final flag per LS\/run\)\.$/,
    );
    expect(offline.skills).toEqual(expect.arrayContaining(['Python', 'C++', 'machine learning']));
    expect(shift.skills).not.toContain('C++');
  });
  it('has the revision date and no deadline', () => {
    for (const p of inFile('001')) {
      expect(p.posted?.date).toBe('2021-02-19');
      expect(p.deadline).toBeNull();
      expect(p.experiment).toBe('CMS');
    }
  });
});

describe('002: CTA-DIRAC software engineer (markdown)', () => {
  it('has salary, duration, start range, contact and country', () => {
    const p = one('002');
    expect(p.title).toBe(
      'Software Engineer position: data processing and workflow systems for distributed environments',
    );
    expect(p.salary).toMatchObject({ min: 1978, max: 2517, currency: 'EUR', period: 'month', net: true });
    expect(p.duration?.months).toBe(24);
    expect(p.start).toMatchObject({ from: '2021-05-01', to: '2021-09-30', line: 69 });
    expect(p.contacts.map((c) => c.email)).toEqual(['arrabito@in2p3.fr']);
    expect(p.country).toBe('France');
    expect(p.experiment).toBe('CTA');
    expect(p.organisation).toBe('LUPM');
    expect(p.deadline).toBeNull();
  });
  it('separates required from desired skills in the nested lists', () => {
    const p = one('002');
    expect(p.requiredSkills.flatMap((s) => s.skills)).toEqual(
      expect.arrayContaining(['Python', 'Linux', 'MySQL', 'Elasticsearch', 'GitLab']),
    );
    expect(texts(p.desiredSkills)).toEqual(
      expect.arrayContaining([
        'Experience in distributed computing (in particular grid computing)',
        'Containerization technologies',
      ]),
    );
    expect(texts(p.requiredSkills)).not.toContain('Containerization technologies');
    expect(p.duties).toHaveLength(5);
  });
});

describe('003: CERN computing graduate (plain text, no title)', () => {
  it('composes a faithful title from its own words', () => {
    const p = one('003');
    expect(p.title).toMatch(/graduate/i);
    expect(p.title).toMatch(/XRootD/);
    expect(p.organisation).toBe('CERN');
    expect(p.experiment).toBe('WLCG');
  });
  it('keeps the four eligibility lines and three documents', () => {
    const p = one('003');
    expect(p.eligibility).toHaveLength(4);
    expect(p.eligibility[0]).toEqual({
      text: 'You are a national of a CERN Member State or Associate Member State.',
      line: 30,
    });
    expect(p.eligibility[2]?.text).toBe('You have never had a CERN fellow or graduate contract before.');
    expect(p.documents.map((d) => d.line)).toEqual([35, 36, 37]);
    expect(p.documents[0]?.text).toBe('Your CV (English or French)');
  });
  it('takes Go as a desired skill and has no deadline', () => {
    const p = one('003');
    expect(p.desiredSkills.flatMap((s) => s.skills)).toContain('Go');
    expect(p.requiredSkills.flatMap((s) => s.skills)).not.toContain('Go');
    expect(p.deadline).toBeNull();
    expect(p.duties).toHaveLength(6);
  });
});

describe('004: U.S. CMS analysis support (note)', () => {
  it('has the workload, duration, posting time and experiment', () => {
    const p = one('004');
    expect(p.workload?.fte).toBe(0.5);
    expect(p.duration?.months).toBe(12);
    expect(p.posted).toMatchObject({ date: '2024-11-07', line: 47 });
    expect(p.experiment).toBe('U.S. CMS');
    expect(p.deadline).toBeNull();
    expect(texts(p.documents)).toContain('letter of interest (2 pages maximum)');
    expect(p.skills).toEqual(expect.arrayContaining(['C++', 'coffea', 'RDataFrame', 'Snakemake']));
    expect(p.desiredSkills[0]?.text).toMatch(/^Desirable but not required/);
  });
});
