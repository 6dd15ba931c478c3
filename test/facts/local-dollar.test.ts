import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const salaryOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings[0]?.salary;

describe("a bare '$' in a country with its own dollar", () => {
  it('is that country’s dollar where the posting states the country', () => {
    const s = salaryOf(
      'Research Fellow in Gravitational Waves\nLocation: Perth, Australia\nSalary: $95,000 - $104,000 per annum plus superannuation\n',
    );
    expect(s).toMatchObject({ min: 95000, max: 104000, currency: 'AUD', period: 'year' });
    const c = salaryOf('Postdoctoral Fellow\nLocation: Vancouver, Canada\nThe salary is 62,000 dollars a year.\n');
    expect(c?.currency).toBe('CAD');
  });

  it('stays the US dollar where it is written as one, or where the posting is in the US', () => {
    const us = salaryOf('Research Associate\nLocation: Toronto, Canada\nStipend: US$40,000 per year\n');
    expect(us?.currency).toBe('USD');
    const after = salaryOf('Research Associate\nLocation: Toronto, Canada\nStipend: $40,000 (USD) per year\n');
    expect(after?.currency).toBe('USD');
    const bare = salaryOf('Research Associate\nLocation: Batavia, United States\nSalary: $81,000 per year\n');
    expect(bare?.currency).toBe('USD');
    const none = salaryOf('Research Associate\nSalary: $81,000 per year\n');
    expect(none).toMatchObject({ min: 81000, currency: null });
  });
});
