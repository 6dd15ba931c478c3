// "which jobs pay in CHF?": the postings whose salary is stated in a currency, asked by its code or
// its name in English, French and German (postings of our own).
import { describe, expect, it } from 'vitest';
import { currencyAsked } from '../../src/answers/answer-currency.ts';
import { askerOfTexts } from './helpers.ts';

const posting = (title: string, pay: string) => `${title}\n\nSalary: ${pay}\n\nDeadline: 1 March 2027\n`;

describe('the currency a question names', () => {
  it('by its code in capitals, or in lower case after "in", and by its name', () => {
    expect(currencyAsked('which jobs pay in CHF?')?.code).toBe('CHF');
    expect(currencyAsked('anything paid in eur')?.code).toBe('EUR');
    expect(currencyAsked('postes payés en francs suisses ?')?.code).toBe('CHF');
    expect(currencyAsked('welche Stellen zahlen in Franken?')?.code).toBe('CHF');
    expect(currencyAsked('jobs paying pounds')?.code).toBe('GBP');
    expect(currencyAsked('¿qué puestos pagan en dólares?')?.code).toBe('USD');
    expect(currencyAsked('quali posti sono pagati in franchi svizzeri?')?.code).toBe('CHF');
  });
  it('not a word that only looks like a code', () => {
    expect(currencyAsked('can I try the CMS job?')).toBeNull();
    expect(currencyAsked('jobs in the US')).toBeNull();
  });
});

describe('postings paying in a currency', () => {
  const { ask } = askerOfTexts({
    'geneva.txt': posting('Cryogenics Engineer', 'CHF 7,200 per month'),
    'zurich.txt': posting('Data Scientist', '95,000 Swiss francs a year'),
    'hamburg.txt': posting('Detector Physicist', '€ 4,500 per month'),
    'oxford.txt': posting('Research Associate', '£38,000 per annum'),
  });
  const files = (q: string) =>
    ask(q)
      .postings.map((p) => p.source.file)
      .sort();

  it('are listed with their salary lines', () => {
    expect(files('which jobs pay in CHF?')).toEqual(['geneva.txt', 'zurich.txt']);
    expect(files('postes payés en euros ?')).toEqual(['hamburg.txt']);
    expect(files('welche Stellen zahlen in Franken?')).toEqual(['geneva.txt', 'zurich.txt']);
    expect(ask('which positions are paid in GBP?').text).toContain('£38,000 per annum');
  });
  it('not when the question asks nothing of pay: "mention CHF" finds the word, not the currency', () => {
    expect(files('which jobs mention CHF?')).toEqual(['geneva.txt']);
  });
});
