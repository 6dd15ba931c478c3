import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/corpus/parse-file.ts';

const page = (ld: object, body = '<p>You will run the beamline control software and support users.</p>') =>
  Buffer.from(`<!DOCTYPE html>
<html><head><title>Careers</title>
<script type="application/ld+json">
${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Controls Engineer', ...ld }, null, 1)}
</script></head>
<body><main><h1>Controls Engineer</h1>${body}</main></body></html>`);

const pay = (value: object, currency = 'EUR') => ({ baseSalary: { '@type': 'MonetaryAmount', currency, value } });

describe("a page's schema.org pay and employment type", () => {
  it('reads a baseSalary range with its unit, cited at its key', () => {
    const p = parseFile(
      'a.html',
      page(pay({ '@type': 'QuantitativeValue', minValue: 52000, maxValue: 61000, unitText: 'YEAR' })),
    ).postings[0];
    expect(p?.salary).toMatchObject({ min: 52000, max: 61000, currency: 'EUR', period: 'year', line: 8 });
    expect(p?.salary?.text).toBe('baseSalary: EUR 52000–61000 per year');
  });

  it('reads one value, a month or an hour, and a plain number', () => {
    const month = parseFile(
      'm.html',
      page(pay({ '@type': 'QuantitativeValue', value: 4100, unitText: 'MONTH' }, 'chf')),
    );
    expect(month.postings[0]?.salary).toMatchObject({ min: 4100, max: 4100, currency: 'CHF', period: 'month' });
    const plain = parseFile('p.html', page(pay(38000 as unknown as object, 'GBP')));
    expect(plain.postings[0]?.salary).toMatchObject({ min: 38000, currency: 'GBP', period: null });
    const hour = parseFile('h.html', page(pay({ value: 31.5, unitText: 'HOUR' }, 'USD')));
    expect(hour.postings[0]?.salary).toMatchObject({ min: 31.5, period: 'hour' });
  });

  it("states no pay for a week's or a day's amount, a missing currency or an upside-down range", () => {
    for (const ld of [
      pay({ value: 900, unitText: 'WEEK' }),
      pay({ value: 200, unitText: 'DAY' }),
      pay({ minValue: 5000, unitText: 'MONTH' }, ''),
      pay({ minValue: 70000, maxValue: 50000, unitText: 'YEAR' }),
    ])
      expect(parseFile('x.html', page(ld)).postings[0]?.salary).toBeNull();
  });

  it("keeps the text's own pay over the page's baseSalary", () => {
    const p = parseFile(
      'b.html',
      page(pay({ minValue: 1, maxValue: 2, unitText: 'YEAR' }), '<p>The salary is EUR 4,200 gross per month.</p>'),
    ).postings[0];
    expect(p?.salary).toMatchObject({ min: 4200, period: 'month' });
  });

  it('reads employmentType FULL_TIME as full time, PART_TIME without a fraction, only where the text says none', () => {
    expect(parseFile('f.html', page({ employmentType: 'FULL_TIME' })).postings[0]?.workload).toMatchObject({
      fte: 1,
      text: 'employmentType: FULL_TIME',
    });
    expect(parseFile('p.html', page({ employmentType: ['PART_TIME'] })).postings[0]?.workload?.fte).toBeNull();
    expect(parseFile('b.html', page({ employmentType: ['FULL_TIME', 'PART_TIME'] })).postings[0]?.workload).toBeNull();
    expect(parseFile('c.html', page({ employmentType: 'CONTRACTOR' })).postings[0]?.workload).toBeNull();
    const text = parseFile('t.html', page({ employmentType: 'FULL_TIME' }, '<p>Workload: 80%</p>'));
    expect(text.postings[0]?.workload?.fte).toBe(0.8);
  });
});
