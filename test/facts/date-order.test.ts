import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';
import type { Entry } from '../../src/corpus/role.ts';
import { decideOrder } from '../../src/facts/date-order.ts';
import { extractDates } from '../../src/facts/dates.ts';

const ref = new Date(Date.UTC(2026, 0, 1));
const e = (text: string, line = 1): Entry => ({ text, line, kind: 'text', section: 'none' });
const none = { numericDm: 0, numericMd: 0, writtenDm: 0, writtenMd: 0 };

describe('the order of an ambiguous numeric date', () => {
  it('follows the posting’s unambiguous numeric dates first', () => {
    expect(decideOrder({ ...none, numericDm: 1 }, 'United States')).toBe('dm');
    expect(decideOrder({ ...none, numericMd: 2 }, 'France')).toBe('md');
    expect(decideOrder({ ...none, numericDm: 1, numericMd: 1 }, 'France')).toBeNull();
  });

  it('then the country, then the order of dates written with month names', () => {
    expect(decideOrder(none, 'United States')).toBe('md');
    expect(decideOrder(none, 'Germany')).toBe('dm');
    expect(decideOrder({ ...none, writtenMd: 1 }, 'Canada')).toBe('md');
    expect(decideOrder(none, 'Canada')).toBeNull();
    expect(decideOrder({ ...none, writtenDm: 1 }, null)).toBe('dm');
    expect(decideOrder(none, null)).toBeNull();
  });

  it('decides a deadline from another date of the same posting', () => {
    const d = extractDates([e('Posted: 21/01/2027', 1), e('Deadline: 03/02/2027', 2)], ref);
    expect(d.deadline?.date).toBe('2027-02-03');
    const us = extractDates([e('Posted: 01/21/2027', 1), e('Deadline: 03/02/2027', 2)], ref);
    expect(us.deadline?.date).toBe('2027-03-02');
  });

  it('decides from the country hint, and from a date written with its month name', () => {
    expect(extractDates([e('Deadline: 03/02/2027')], ref, { country: 'United States' }).deadline?.date).toBe(
      '2027-03-02',
    );
    expect(extractDates([e('Deadline: 03/02/2027')], ref, { country: 'Italy' }).deadline?.date).toBe('2027-02-03');
    expect(extractDates([e('Closes: 3 February 2027'), e('Deadline: 03/02/2027', 2)], ref).deadline?.date).toBe(
      '2027-02-03',
    );
  });

  it('takes no date when nothing decides, and says so with the line', () => {
    const d = extractDates([e('Intro', 1), e('Deadline: 05/06/2027', 7)], ref);
    expect(d.deadline).toBeNull();
    expect(d.undecided).toEqual([{ text: '05/06/2027', line: 7 }]);
  });

  it('becomes a check warning with file and line', () => {
    const r = parseFile('amb.txt', Buffer.from('Data engineer\n\nApply by 04/05/2027.\n'));
    expect(r.postings[0]?.deadline).toBeNull();
    expect(r.warnings).toEqual([
      {
        file: 'amb.txt',
        line: 3,
        severity: 'partial',
        reason:
          "'04/05/2027' may be day/month or month/day and nothing in the posting decides; no date was taken from it",
      },
    ]);
    const clear = parseFile('clear.txt', Buffer.from('Data engineer\n\nApply by 04/05/2027.\nPosted 20/03/2027\n'));
    expect(clear.postings[0]?.deadline?.date).toBe('2027-05-04');
    expect(clear.warnings).toEqual([]);
  });
});
