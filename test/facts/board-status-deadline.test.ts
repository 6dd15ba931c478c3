import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const deadlineOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings[0]?.deadline?.date ?? null;

describe("a job board's status in its deadline label", () => {
  it("dates the listing, and the text's own deadline stands", () => {
    expect(
      deadlineOf(
        'Postdoctoral Fellowship in Experimental Physics\n\nAppl Deadline: finished (2026/09/23, finished 2027/02/17, listed until 2027/02/21)\n\nThe institute offers ten fellowships.\n\nApplications must be sent not later than November 15, 2026 through the website.\n',
      ),
    ).toBe('2026-11-15');
    expect(
      deadlineOf(
        'Research Engineer in Optics\n\nDeadline: closed (posted 2027-01-04)\n\nPlease apply by 28 February 2027.\n',
      ),
    ).toBe('2027-02-28');
  });

  it('gives no deadline of its own', () => {
    expect(
      deadlineOf('Lecturer in Statistics\n\nClosing date: expired (2027/03/01)\n\nThe department seeks a lecturer.\n'),
    ).toBeNull();
  });

  it('leaves a deadline label with a date alone', () => {
    expect(deadlineOf('Lecturer in Statistics\n\nClosing date: 2027/03/01 (finished reviewing 2027/04/01)\n')).toBe(
      '2027-03-01',
    );
  });
});
