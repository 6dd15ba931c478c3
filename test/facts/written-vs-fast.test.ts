import { describe, expect, it } from 'vitest';
import { fastDates } from '../../src/facts/date-fast-path.ts';
import { readWrittenDates } from '../../src/facts/read-dates.ts';
import { MONTH_NAMES } from '../../src/time/calendar.ts';

// The written-date reader runs before the fast path: on every date the fast path reads, both
// must give the same day, or the fast path's chrono-equivalence would no longer hold for us.
describe('the written-date reader and the fast path', () => {
  it('agree on every form the fast path reads', () => {
    const prefixes = ['', 'Deadline: ', 'Applications close on ', 'Start ', 'Posted on  ', 'Monday, ', 'From '];
    const suffixes = ['', '.', ' (CET)', ', noon', '!'];
    let compared = 0;
    for (let y = 2019; y <= 2031; y += 3)
      for (let m = 1; m <= 12; m++)
        for (const d of [1, 9, 10, 28, 29, 30, 31]) {
          const name = MONTH_NAMES[m - 1] as string;
          const forms = [
            `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
            `${d} ${name} ${y}`,
            `${d} ${name.slice(0, 3)} ${y}`,
            `${name} ${d}, ${y}`,
          ];
          for (const form of forms)
            for (const pre of prefixes)
              for (const post of suffixes) {
                const text = `${pre}${form}${post}`;
                const fast = fastDates(text);
                const written = readWrittenDates(text);
                if (!fast?.length) continue;
                compared++;
                const f = fast[0];
                expect([written.length, written[0]?.year, written[0]?.month, written[0]?.day], text).toEqual([
                  1,
                  f?.year,
                  f?.month,
                  f?.day,
                ]);
              }
        }
    expect(compared).toBeGreaterThan(1000);
  });

  it('both read no day a month lacks', () => {
    for (const text of ['Deadline: 31 April 2027', 'Deadline: April 31, 2027', 'Deadline: 2027-02-30']) {
      expect(readWrittenDates(text)).toEqual([]);
      expect(fastDates(text)?.length ?? 0).toBe(0);
    }
  });
});
