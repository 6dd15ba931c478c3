import { parseDate } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { rfc2822Date } from '../../src/corpus/formats/email.ts';

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const p2 = (n: number) => String(n).padStart(2, '0');

describe('RFC 2822 email dates', () => {
  it('reads the instant chrono reads', () => {
    let read = 0;
    for (const year of [1999, 2026, 2028])
      for (let month = 0; month < 12; month++)
        for (const day of [1, 9, 28, 29, 30, 31])
          for (const [time, offset] of [
            ['00:00:00', '+0000'],
            ['10:05:09', '+0100'],
            ['23:59:59', '+0530'],
            ['07:30:00', '+1400'],
          ]) {
            const weekday = WEEKDAYS[new Date(Date.UTC(year, month, day)).getUTCDay()];
            const text = `${weekday}, ${day} ${MONTHS[month]} ${year} ${time} ${offset}`;
            const fast = rfc2822Date(text);
            if (!fast) continue;
            read++;
            expect(fast.getTime(), text).toBe(parseDate(text)?.getTime());
          }
    expect(read).toBeGreaterThan(700);
  });

  it('leaves other forms to chrono', () => {
    for (const text of [
      'Tue, 7 Sep 2026 10:00:00 +0200', // 7 September 2026 is a Monday
      'Mon, 7 Sep 2026 10:00:00 -0500',
      'Mon, 31 Jun 2026 10:00:00 +0200',
      'Mon, 7 Sep 2026 24:00:00 +0200',
      'Mon, 7 Sep 2026 10:00 +0200',
      '7 Sep 2026',
      'Mon, 7 Sep 2026 10:00:00 +1500',
      `Mon, ${p2(7)} Sep 2026 10:00:00 +0200 (CEST)`,
    ])
      expect(rfc2822Date(text), text).toBeNull();
  });
});

describe("an email's posted day", () => {
  it("is the day the sender wrote, in the sender's calendar", async () => {
    const { parseFile } = await import('../../src/corpus/parse-file.ts');
    const mail = (date: string) =>
      Buffer.from(
        `From: HR <hr@uni.example.edu.au>\nTo: jobs@lists.example.org\nSubject: Research Fellow in Cosmology\nDate: ${date}\n\nThe School of Physics seeks a Research Fellow in cosmology.\n`,
      );
    expect(parseFile('a.txt', mail('Tue, 3 Nov 2026 09:12:00 +1100')).postings[0]?.posted?.date).toBe('2026-11-03');
    expect(parseFile('b.txt', mail('Mon, 2 Nov 2026 22:30:00 -0800')).postings[0]?.posted?.date).toBe('2026-11-02');
  });
});
