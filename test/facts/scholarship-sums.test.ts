import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const salaryOf = (text: string) => parseFile('p.txt', Buffer.from(text)).postings[0]?.salary ?? null;

describe("a scholarship's sum", () => {
  it('is read with a dotted thousands group, the amount before its currency and an "each month" period', () => {
    const s = salaryOf(
      'PhD Scholarship in Chemistry\n\nThe scholarship covers travel and living expenses, including housing, with 6.500 DKK (about 870 Euro) for each month of the stay.\n',
    );
    expect(s).toMatchObject({ min: 6500, max: 6500, currency: 'DKK', period: 'month' });
  });

  it('reads "every month" and "each year" as periods', () => {
    expect(salaryOf('Visiting Scholarship\n\nThe scholarship pays 12.000 SEK every month.\n')).toMatchObject({
      min: 12000,
      currency: 'SEK',
      period: 'month',
    });
    expect(
      salaryOf('Summer Scholarship\n\nEach scholar receives a scholarship of 4.000 EUR each year.\n'),
    ).toMatchObject({
      min: 4000,
      currency: 'EUR',
      period: 'year',
    });
  });

  it('is no salary when the sum is a fee', () => {
    expect(salaryOf('Scholarship Call\n\nThe scholarship application fee is 40 EUR.\n')).toBeNull();
  });
});
