// "Applicants without a PhD cannot apply": those without the degree are barred, so the degree is
// required; never read as excluding its holders (a double negative read once backwards).
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import { askerOfTexts } from '../answers/helpers.ts';

const posting = (title: string, line: string) => `${title}\n\nEligibility\n\n- ${line}\n\nDeadline: 1 March 2027\n`;

describe('a degree whose absence bars the applicant', () => {
  const { ask } = askerOfTexts({
    'optics.txt': posting('Research Fellow in Optics', 'Applicants without a PhD cannot apply.'),
    'lasers.txt': posting('Research Fellow in Lasers', 'Candidates without a doctorate are not eligible.'),
    'cryo.txt': posting(
      'Cryogenics Engineer',
      "Applications from candidates without a master's degree will not be considered.",
    ),
    'beams.txt': posting('Beam Physics Fellow', 'Applicants with a PhD are not eligible.'),
  });

  it('is met by a holder and not met without it', () => {
    expect(ask('am I eligible for the optics fellow? I have a PhD').eligibility?.verdict).toBe('eligible');
    expect(ask('am I eligible for the lasers fellow? I only have a master').eligibility?.verdict).toBe('not_eligible');
    expect(ask('am I eligible for the cryogenics engineer? I have a bachelor').eligibility?.verdict).toBe(
      'not_eligible',
    );
    expect(ask('am I eligible for the cryogenics engineer? MSc in physics').eligibility?.verdict).toBe('eligible');
  });
  it('leaves an exclusion of holders as it is', () => {
    expect(ask('am I eligible for the beam physics fellow? I have a PhD').eligibility?.verdict).toBe('not_eligible');
  });
  it('is the minimum degree fact too', () => {
    const degreeOf = (t: string) => parseFile('t.txt', Buffer.from(t)).postings[0]?.degree;
    expect(degreeOf(posting('Research Fellow in Optics', 'Applicants without a PhD cannot apply.'))).toBe('phd');
  });
});
