import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const parse = (name: string, text: string) => parseFile(name, Buffer.from(text)).postings;

describe('several roles in one file', () => {
  it('a list of project lines under an announcement: one posting each, with the shared deadline', () => {
    const text = [
      'Call for applications: 4 PhD projects at the Aurora Graduate School',
      'Applications are open until 15 March 2031.',
      'PhD Project Overview (open until 15 March)',
      'SkyNet: Neural Networks for Radio Source Classification',
      'GravWave: Fast Inference for Gravitational Wave Signals',
      'Ice Cores: Machine Learning for Climate Archives',
      'Plasma Twin: Digital Twins of Fusion Plasma Experiments',
      '',
      'Send your CV and two letters to phd@aurora.example.org.',
    ].join('\n');
    const ps = parse('call.txt', text);
    expect(ps.map((p) => p.title)).toEqual([
      'SkyNet: Neural Networks for Radio Source Classification',
      'GravWave: Fast Inference for Gravitational Wave Signals',
      'Ice Cores: Machine Learning for Climate Archives',
      'Plasma Twin: Digital Twins of Fusion Plasma Experiments',
    ]);
    for (const p of ps) {
      expect(p.organisation).toBe('Aurora Graduate School');
      expect(p.contacts.map((c) => c.email)).toEqual(['phd@aurora.example.org']);
    }
    expect(ps[1]?.source.line).toBe(5);
  });

  it('vacancies under their institutions headings, each with its own deadline', () => {
    const text = [
      '# Open positions with our partners',
      '',
      '### Kestrel University',
      '* [Research Software Engineer](https://jobs.example.org/1) in data pipelines - deadline 10 April 2031',
      '* [Cloud Architect](https://jobs.example.org/2) - deadline 2 May 2031',
      '### Corvid National Laboratory',
      '* [Postdoctoral Fellow in Detector Physics](https://jobs.example.org/3) - deadline 20 May 2031',
    ].join('\n');
    const ps = parse('list.md', text);
    expect(ps.map((p) => [p.title, p.organisation])).toEqual([
      ['Research Software Engineer', 'Kestrel University'],
      ['Cloud Architect', 'Kestrel University'],
      ['Postdoctoral Fellow in Detector Physics', 'Corvid National Laboratory'],
    ]);
    expect(ps.map((p) => p.deadline?.date)).toEqual(['2031-04-10', '2031-05-02', '2031-05-20']);
  });

  it('bullets that each open their own paragraphs', () => {
    const text = [
      'The Institute opens 3 junior chairs this year.',
      'List of chairs:',
      'Physics',
      '  • Quantum Optics (QUOPT)',
      'The chair holder will lead research in quantum optics with five years of experience after the PhD.',
      '  • Stellar Dynamics (STELDYN)',
      'The chair holder will study galactic dynamics.',
    ].join('\n');
    const ps = parse('chairs.txt', text);
    expect(ps.map((p) => p.title)).toEqual(['Quantum Optics (QUOPT)', 'Stellar Dynamics (STELDYN)']);
    expect(ps[0]?.text).toContain('quantum optics');
    expect(ps[0]?.text).not.toContain('galactic');
  });

  it('does not split a bullet list of duties or of research areas', () => {
    const duties = [
      'Two positions: Data Engineer',
      'Responsibilities',
      '- Maintain The Data Pipelines',
      '- Operate The Grid Services',
      '- Write Documentation For Users',
    ].join('\n');
    expect(parse('d.txt', duties)).toHaveLength(1);
    const areas = [
      '12 postdoctoral positions at Kestrel University',
      'The positions are in these areas:',
      '  • Life Sciences (4 positions)',
      '  • Experimental Sciences (4 positions)',
      '  • Arts and Humanities (4 positions)',
    ].join('\n');
    expect(parse('u.txt', areas)).toHaveLength(1);
  });

  it('does not split a single posting without an announcement of several', () => {
    const text = ['Fellowship in Mathematics', 'Numerical Analysis', 'Scientific Computing', 'Graph Algorithms'].join(
      '\n',
    );
    expect(parse('f.txt', text)).toHaveLength(1);
  });
});
