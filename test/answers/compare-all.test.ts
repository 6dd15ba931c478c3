// A comparison with no posting named ranks the whole set: "which one pays best?", "longest
// contract?", "which closes first?" (closed postings left out; pay only in one unit).
import { describe, expect, it } from 'vitest';
import { askerOfTexts } from './helpers.ts';

const POSTINGS: Record<string, string> = {
  'beam-physicist.txt': `Beam Physicist - Storage Ring

Location: Lund, Sweden
Deadline: 20 February 2027
Salary: EUR 4,100 per month gross
Contract: 2 years
`,
  'vertex-postdoc.md': `# Postdoc in Vertex Detector Upgrades

Location: Hamburg, Germany
Deadline: 5 February 2027
Salary: EUR 4,600 per month gross
Duration: 3 years
`,
  'grid-admin.txt': `Grid Site Administrator

Location: Madrid, Spain
Deadline: 12 March 2027
Salary: EUR 52,000 per year gross
Contract: 18 months
`,
  'optics-fellow.txt': `Optics Fellow

Location: Geneva, Switzerland
Deadline: 15 February 2027
Salary: CHF 9,000 per month
Contract: 4 years
`,
  'closed-engineer.txt': `Controls Engineer

Location: Trieste, Italy
Deadline: 3 January 2027
Salary: EUR 9,900 per month gross
Contract: 5 years
`,
};

const { ask } = askerOfTexts(POSTINGS, { now: '2027-01-10' });
const titles = (q: string) => (ask(q).postings ?? []).map((p) => p.title);

describe('a comparison over the whole set', () => {
  it.each(['which one pays best?', 'highest paid position', 'which job pays the most'])(
    '"%s" ranks pay in the unit most postings state it in',
    (q) => {
      const r = ask(q);
      // EUR a year: the monthly 4,600 (55,200) over the yearly 52,000; the closed one left out.
      expect(titles(q)).toEqual([
        'Postdoc in Vertex Detector Upgrades',
        'Grid Site Administrator',
        'Beam Physicist - Storage Ring',
      ]);
      expect(r.text).toMatch(/"Postdoc in Vertex Detector Upgrades" pays the most/);
      expect(r.text).toMatch(/1 more states? it otherwise/);
      expect(r.text).not.toMatch(/Controls Engineer/);
    },
  );

  it('"which has the shortest contract" ranks the lengths', () => {
    expect(titles('which has the shortest contract')[0]).toBe('Grid Site Administrator');
    expect(titles('longest contract?')[0]).toBe('Optics Fellow');
  });

  it('"which closes first?" is the soonest open deadline', () => {
    const r = ask('which closes first?');
    expect(r.postings?.[0]?.title).toBe('Postdoc in Vertex Detector Upgrades');
    expect(r.text).toMatch(/closes first/);
  });

  it('two postings named are still compared with each other only', () => {
    const r = ask('which pays more, the beam physicist or the grid admin job?');
    expect(titles('which pays more, the beam physicist or the grid admin job?').sort()).toEqual([
      'Beam Physicist - Storage Ring',
      'Grid Site Administrator',
    ]);
    expect(r.text).toMatch(/"Grid Site Administrator" pays more/);
  });
});
