import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

describe('a text listing several roles as one-line bullets', () => {
  const text = `Openings at the Alpine Snow Station

We have three openings:

• Glaciologist for Avalanche Forecasting (deadline 9 January 2027)
• Doctoral Student in Snow Hydrology (deadline 23 January 2027)
• Instrument Technician (m/f/d) (closing date: 6 February 2027)

Every post is full time. Questions to station-jobs@example.ch
`;

  it('gives each its own posting, its bracketed deadline read but not in its title', () => {
    const r = parseFile('station.txt', Buffer.from(text));
    expect(r.postings.map((p) => [p.title, p.deadline?.date])).toEqual([
      ['Glaciologist for Avalanche Forecasting', '2027-01-09'],
      ['Doctoral Student in Snow Hydrology', '2027-01-23'],
      ['Instrument Technician (m/f/d)', '2027-02-06'],
    ]);
  });

  it('shares the lines after the list with every role, not only the last', () => {
    const r = parseFile('station.txt', Buffer.from(text));
    for (const p of r.postings) {
      expect(p.contacts.map((c) => c.email)).toEqual(['station-jobs@example.ch']);
      expect(p.workload?.fte).toBe(1);
    }
  });
});
