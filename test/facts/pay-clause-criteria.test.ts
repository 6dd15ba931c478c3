import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const criteriaOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings[0]?.eligibility.map((q) => q.text);

describe('a pay clause under an eligibility heading', () => {
  it('is a job term, not a criterion; the rules beside it stay', () => {
    const c = criteriaOf(
      'Fellowship in Detector R&D\n\nThe institute offers a fellowship.\n\nConditions\n- Monthly stipend of CHF 8,200 net.\n- Gross salary: EUR 3,100 per month\n- Applicants must hold a PhD in physics.\n- Applicants must be members of a CMS institute.\n',
    );
    expect(c).toEqual(['Applicants must hold a PhD in physics.', 'Applicants must be members of a CMS institute.']);
  });

  it('keeps a rule that names the person beside an amount', () => {
    const c = criteriaOf(
      'Studentship\n\nEligibility\n- Candidates must earn less than EUR 30,000 a year from other sources.\n- Applicants must be under 30 years of age.\n',
    );
    expect(c).toHaveLength(2);
  });
});
