import { beforeAll, describe, expect, it } from 'vitest';
import { type Corpus, loadCorpus } from '../../src/corpus/load-corpus.ts';
import type { Posting } from '../../src/corpus/posting.ts';

let corpus: Corpus;
beforeAll(async () => {
  corpus = await loadCorpus(new URL('../fixtures/postings', import.meta.url).pathname);
});
const byFile = (file: string): Posting[] => corpus.postings.filter((p) => p.source.file === file);
const one = (file: string): Posting => {
  const p = byFile(file)[0];
  if (!p) throw new Error(`no posting in ${file}`);
  return p;
};

describe('postings in every supported format, with future deadlines', () => {
  it('recognises each format', () => {
    expect(Object.fromEntries(corpus.files.map((f) => [f.file, f.format]))).toEqual({
      'alice-o2-plain.txt': 'plain-text',
      'atlas-tdaq-fellow.html': 'html',
      'cms-tracker-email.txt': 'email',
      'dune-daq-note.md': 'note',
      'lhcb-computing-ad.md': 'markdown',
      'ska-pipeline-front-matter.md': 'front-matter',
      'wlcg-roles-twiki.txt': 'twiki-table',
    });
    expect(corpus.warnings).toEqual([]);
  });

  it('reads an HTML page', () => {
    const p = one('atlas-tdaq-fellow.html');
    expect(p.title).toBe('ATLAS TDAQ Software Fellow');
    expect(p.deadline).toMatchObject({ date: '2026-12-15', line: 20 });
    expect(p.country).toBe('Switzerland');
    expect(p.contacts.map((c) => c.email)).toEqual(['tdaq-jobs@cern.example.ch']);
    expect(p.duties.map((d) => d.line)).toEqual([11, 12]);
    expect(p.desiredSkills.flatMap((s) => s.skills)).toEqual(['Grafana']);
    expect(p.experiment).toBe('ATLAS');
  });

  it('reads an email: subject as title, Date as posted, body facts', () => {
    const p = one('cms-tracker-email.txt');
    expect(p.title).toBe('Postdoc position in CMS tracker alignment at INFN Pisa');
    expect(p.posted?.date).toBe('2026-11-02');
    expect(p.deadline?.date).toBe('2027-01-31');
    expect(p.duration?.months).toBe(24);
    expect(p.country).toBe('Italy');
    expect(p.documents.map((d) => d.text)).toEqual(['CV', 'cover letter']);
    expect(p.requiredSkills.flatMap((s) => s.skills)).toEqual(['ROOT', 'C++']);
  });

  it('reads a markdown ad with bold labels and nested lists', () => {
    const p = one('lhcb-computing-ad.md');
    expect(p.deadline?.date).toBe('2027-02-01');
    expect(p.salary).toMatchObject({ min: 3500, max: 4800, currency: 'EUR', period: 'month', net: false });
    expect(p.duration?.months).toBe(36);
    expect(p.country).toBe('Netherlands');
    expect(p.contacts[0]).toMatchObject({ email: 'eva.devries@nikhef.example.nl', name: 'Dr. Eva de Vries' });
    expect(p.desiredSkills.flatMap((s) => s.skills)).toEqual(['Rucio']);
  });

  it('reads YAML front matter keys as facts', () => {
    const p = one('ska-pipeline-front-matter.md');
    expect(p.title).toBe('SKA Pipeline Developer');
    expect(p.deadline?.date).toBe('2026-12-18');
    expect(p.country).toBe('Australia');
    expect(p.start).toMatchObject({ from: '2027-03-01', to: '2027-03-31' });
    expect(p.contacts.map((c) => c.email)).toEqual(['jobs@skao.example.int']);
    expect(p.eligibility.map((e) => e.text)).toContain('Right to work in Australia');
  });

  it('reads a TWiki table of two roles with a continued row', () => {
    const [a, b] = byFile('wlcg-roles-twiki.txt') as [Posting, Posting];
    expect([a.title, b.title]).toEqual(['WLCG Monitoring Developer', 'CMS Tier-0 Operator']);
    expect(a.duties.map((d) => d.text)).toEqual([
      'build dashboards in Grafana',
      'maintain the collectors of transfer metrics',
      'operate Kafka streams',
    ]);
    expect(a.desiredSkills.map((s) => s.text)).toEqual(['Kafka is a plus']);
    expect(b.duties.map((d) => d.text)).toEqual(['run the prompt reconstruction', 'watch the workflows']);
    for (const p of [a, b]) {
      expect(p.deadline?.date).toBe('2027-01-10');
      expect(p.posted?.date).toBe('2026-11-02');
    }
  });

  it('reads a note with hashtags and a timestamp id', () => {
    const p = one('dune-daq-note.md');
    expect(p.posted).toMatchObject({ date: '2026-11-15', line: 9 });
    expect(p.deadline?.date).toBe('2026-12-05');
    expect(p.workload?.fte).toBe(1);
    expect(p.skills).toEqual(expect.arrayContaining(['FPGA', 'VHDL']));
    expect(p.experiment).toBe('DUNE');
  });

  it('reads a plain-text ad with labels and sections', () => {
    const p = one('alice-o2-plain.txt');
    expect(p.title).toBe('ALICE O2 Software Engineer');
    expect(p.deadline).toMatchObject({ date: '2026-12-31', line: 4 });
    expect(p.start?.from).toBe('2027-03-01');
    expect(p.desiredSkills.flatMap((s) => s.skills)).toEqual(['CUDA']);
    expect(p.eligibility.map((e) => e.text)).toEqual(['You are a national of a CERN Member State']);
  });
});
