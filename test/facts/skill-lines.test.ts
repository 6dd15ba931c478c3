import { describe, expect, it } from 'vitest';
import { judgeSkillLine } from '../../src/facts/skill-lines.ts';
import { skillVocabulary } from '../../src/facts/vocab.ts';
import { entry } from './entry.ts';

const judge = (t: string, section: Parameters<typeof entry>[1] = {}) => {
  const e = entry(t, section);
  return judgeSkillLine(e, skillVocabulary.find(t));
};

describe('skills asked in prose', () => {
  it('reads a requirement sentence outside a requirements section', () => {
    expect(judge('Experience with MPI and OpenMP is expected.').required?.skills).toEqual(['MPI', 'OpenMP']);
    expect(judge('Candidates must know Python well.').required?.skills).toEqual(['Python']);
  });
  it('keeps desired skills apart, sentence by sentence', () => {
    const r = judge('Good knowledge of English is needed. Any knowledge of French is considered a plus.');
    expect(r.required?.skills).toEqual(['English']);
    expect(r.desired?.skills).toEqual(['French']);
    expect(r.desired?.text).toBe('Any knowledge of French is considered a plus.');
    expect(judge('Familiarity with Kubernetes would be a plus.').desired?.skills).toEqual(['Kubernetes']);
    expect(judge('Familiarity with Kubernetes would be a plus.').required).toBeNull();
  });
  it('takes a spoken language only when a command of it is asked', () => {
    expect(judge('You are proficient in English and willing to learn German.').required?.skills).toEqual(['English']);
    expect(judge('Fluent English required.').required?.skills).toEqual(['English']);
    expect(judge('English is the working language; experience with Python is needed.').required?.skills).toEqual([
      'Python',
    ]);
  });
  it('reads high-performance computing as HPC', () => {
    expect(judge('Candidates must have knowledge of high-performance computing.').required?.skills).toEqual(['HPC']);
  });
  it('takes no duty list item for a requirement', () => {
    expect(judge('Optimise codes using MPI and CUDA', { section: 'duties', kind: 'item' }).required).toBeNull();
  });
});
