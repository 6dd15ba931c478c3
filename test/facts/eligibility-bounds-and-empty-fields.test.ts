import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const postingOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings[0];

describe('the bounds of an eligibility rule are no dates or lengths of the post', () => {
  it('reads no deadline from the PhD cut-off after "prior to the call deadline, i.e. on or after"', () => {
    const p = postingOf(
      'The 2027/2028 Fellowship Programme offers 9 (nine) positions in Nuclear Theory.\n\n' +
        'Applicants must hold a Ph.D. obtained no more than seven years prior to the call deadline, i.e. on or after March 1, 2020.\n\n' +
        'Applications must be sent no later than March 1st, 2027 (noon CET).\n',
    );
    expect(p?.deadline?.date).toBe('2027-03-01');
  });

  it('reads no deadline from a PhD "awarded on or after" a day', () => {
    const p = postingOf(
      'Special Researcher Programme\nApplication deadline: see below.\nHave a PhD awarded on or after April 1, 2019.\n',
    );
    expect(p?.deadline).toBeNull();
  });

  it('reads no contract length from a leave that extends the limit', () => {
    const p = postingOf(
      'Research Fellowships in Astroparticle Physics\n' +
        'The limit may be extended in case of:\n' +
        '  • Parental leave (12 months for each child, up to a maximum of 3.5 years);\n' +
        '  • Military service (the time actually served).\n' +
        'Each fellowship is initially granted for one year and may be extended to a second year.\n',
    );
    expect(p?.duration?.months).toBe(12);
  });
});

describe('a form field left empty', () => {
  it('takes the place from another field when the address says N/A', () => {
    const p = postingOf(
      'Postdoc Research Fellowship in Radio Astronomy\n' +
        'Working address:N/A\n' +
        'Contract Type:fixed-term contract\n' +
        '  • Location: Italy › Bologna\n' +
        '  • Application Deadline: 05/02/2027 12:00 - Europe/Brussels\n' +
        '  • Offer Starting Date: 01/04/2027\n',
    );
    expect(p?.location?.text).toMatch(/Bologna/);
    expect(p?.country).toBe('Italy');
    expect(p?.deadline?.date).toBe('2027-02-05');
    expect(p?.start?.from).toBe('2027-04-01');
  });

  it('reads no place from "Location: -" or "Location: not applicable"', () => {
    expect(postingOf('Data Engineer\nLocation: -\n')?.location).toBeNull();
    expect(postingOf('Data Engineer\nLocation: Not applicable\n')?.location).toBeNull();
  });
});
