import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const startOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings[0]?.start?.from ?? null;

describe('a date that closes a window a start word opened', () => {
  it('is a rule bound, not the start', () => {
    expect(
      startOf(
        'Research Fellowships\n\nThe fellowships are for researchers with no more than six years of experience between the start of the doctoral programme and 1 October 2027, to pursue original research for up to three years.\n',
      ),
    ).toBeNull();
    expect(
      startOf(
        'Junior Fellowship\n\nCandidates need at most four years between the beginning of their PhD and 31 March 2028.\n',
      ),
    ).toBeNull();
  });

  it('is no start after "from the start of ... to"', () => {
    expect(
      startOf(
        'Senior Fellowship\n\nApplicants need five years of research experience from the start of their doctorate to 30 June 2027.\n',
      ),
    ).toBeNull();
  });

  it('leaves a start and a start range alone', () => {
    expect(startOf('Research Fellowships\n\nThe fellowships start on 1 October 2027 and last three years.\n')).toBe(
      '2027-10-01',
    );
    expect(startOf('Research Fellowships\n\nThe start date is between 1 March and 1 June 2027.\n')).toBe('2027-03-01');
  });
});
