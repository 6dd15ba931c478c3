import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const postingsOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings;

describe('roles numbered without a header word', () => {
  it('makes each numbered role line its own posting, sharing the deadline and the criteria after them', () => {
    const shapes: Array<[string, string]> = [
      ['1.- Solar Physics Fellowships (3 positions)', '2.- Instrumentation Fellowship (1 position)'],
      ['1) Solar Physics Fellowships', '2) Instrumentation Fellowship'],
      ['1. Research Engineer in Cryogenics', '2. Software Developer for Data Acquisition'],
    ];
    for (const [one, two] of shapes) {
      const ps = postingsOf(
        `Deadline for applications: 15/03/2027\n\nThe Vega Observatory invites applications for four positions:\n\n${one}\n\n${two}\n\nApplicants must hold a master's degree in physics or engineering.\n`,
      );
      expect(ps.map((p) => p.title)).toEqual([
        one.replace(/^\d+(?:\.-|[.)])\s+/, ''),
        two.replace(/^\d+(?:\.-|[.)])\s+/, ''),
      ]);
      for (const p of ps) {
        expect(p.deadline?.date).toBe('2027-03-15');
        expect(p.degree).toBe('master');
      }
    }
  });

  it('does not split numbered sections or areas of one call', () => {
    expect(
      postingsOf(
        'Postdoctoral Fellow\n\nThe institute offers two positions.\n\n1. Recruitment field\n\n2. Available positions\n\n3. Starting date\n',
      ),
    ).toHaveLength(1);
    expect(
      postingsOf(
        'Ten postdoctoral positions at the Vega Observatory\n\nThe call offers ten positions in these areas:\n\n1. Life Sciences (3 positions)\n\n2. Experimental Sciences (3 positions)\n',
      ),
    ).toHaveLength(1);
  });
});
